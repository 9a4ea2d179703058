// How the 托育 pages show the domain's codes and numbers: tones, short tags, fee, distance and slot wording.
// The labels themselves live in domain/nursery/labels.ts and classRules.ts (the server uses them too).
import type {
  ClassKind,
  FilingStatus,
  InspectionResult,
  NurseryListItem,
  NurseryRequestStatus,
  OtherFee,
  Ownership,
} from '@domain/nursery/types';
import { CLASS_RULES, className } from '@domain/nursery/classRules';
import { CARE_TYPE_LABELS, FILING_STATUS_LABELS, INSPECTION_RESULT_LABELS, OWNERSHIP_LABELS } from '@domain/nursery/labels';
import { formatYuan } from '@domain/money';
import type { StatusTone } from '@/components/StatusTag';
import type { Option } from '@/components/form/controlProps';

/** The short form a card's tag uses (公办 / 普惠 / 营利性); the detail page spells out the domain's label. */
export const OWNERSHIP_TAGS: Record<Ownership, string> = {
  public: '公办',
  puhui: '普惠',
  for_profit: '营利性',
};

export const FILING_STATUS_TONES: Record<FilingStatus, StatusTone> = {
  filed: 'ok',
  pending: 'pending',
  revoked: 'bad',
};

export const INSPECTION_TONES: Record<InspectionResult, StatusTone> = {
  pass: 'ok',
  rectify: 'pending',
  fail: 'bad',
};

export const REQUEST_TONES: Record<NurseryRequestStatus, StatusTone> = {
  submitted: 'pending',
  accepted: 'ok',
  declined: 'bad',
  cancelled: 'off',
};

export const FEE_PER_LABELS: Record<OtherFee['per'], string> = {
  month: '每月',
  term: '每学期',
  once: '一次性',
};

const options = <K extends string>(labels: Record<K, string>): Option[] =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

export const OWNERSHIP_OPTIONS = options(OWNERSHIP_LABELS);
export const CARE_TYPE_OPTIONS = options(CARE_TYPE_LABELS);
export const FILING_STATUS_OPTIONS = options(FILING_STATUS_LABELS);
export const INSPECTION_OPTIONS = options(INSPECTION_RESULT_LABELS);
export const FEE_PER_OPTIONS = options(FEE_PER_LABELS);

/** '托小班（12–24个月）'. */
export function classWithAges(kind: ClassKind): string {
  const rule = CLASS_RULES[kind];
  return `${rule.name}（${rule.minMonths}–${rule.maxMonths}个月）`;
}

/** Tags shown on a card and at the top of the detail page: 公办/普惠/营利性, 示范, 幼儿园托班. */
export function typeTags(n: Pick<NurseryListItem, 'ownership' | 'demonstration' | 'kindergartenClass'>): string[] {
  const tags = [OWNERSHIP_TAGS[n.ownership]];
  if (n.demonstration) tags.push('示范');
  if (n.kindergartenClass) tags.push('幼儿园托班');
  return tags;
}

/** 850 → '850米'; 1234 → '1.2公里'; 23456 → '23公里'. */
export function distanceText(meters: number): string {
  if (meters < 1000) return `${Math.round(meters)}米`;
  const km = meters / 1000;
  return km < 10 ? `${km.toFixed(1)}公里` : `${Math.round(km)}公里`;
}

/** '每月 800–1,200元', or '每月 800元' when every class costs the same. */
export function monthlyFeeRange(fromFen: number, toFen: number): string {
  if (fromFen === toFen) return `每月 ${formatYuan(fromFen)}`;
  return `每月 ${formatYuan(fromFen).replace(/元$/, '')}–${formatYuan(toFen)}`;
}

/** '托小班 余2' or '托小班 满员'. */
export function vacancyText(kind: ClassKind, vacancies: number): string {
  return `${className(kind)} ${vacancies > 0 ? `余${vacancies}` : '满员'}`;
}

/** '200元（每学期）'. */
export function feeAmountText(fee: OtherFee): string {
  return `${formatYuan(fee.amountFen)}（${FEE_PER_LABELS[fee.per]}）`;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** A visit slot ('2026-12-05T09:30', 60 min) as '12月5日（周六）09:30–10:30'. */
export function slotText(slot: { start: string; durationMin: number }): string {
  const [date, time] = slot.start.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const endMinutes = h * 60 + min + slot.durationMin;
  const end = `${String(Math.floor(endMinutes / 60) % 24).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${m}月${d}日（周${weekday}）${time}–${end}`;
}

/** '2027-03' as '2027年3月'. */
export function monthText(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

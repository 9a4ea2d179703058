// A pregnancy as the parent and the staff see it: the dating, the calendar on today (with the checks
// recorded), her latest 妊娠风险评估 in plain words, and what each check costs.
import { todayIn } from '../../../domain/dates';
import { maskIdNumber } from '../../../domain/identity/idNumber';
import { checkCostIds, costLines } from '../../../domain/maternal/checkCosts';
import { pregnancyCalendar, type PregnancyCalendar } from '../../../domain/maternal/pregnancyCalendar';
import { formatGestationalAge } from '../../../domain/maternal/pregnancyDating';
import { coloursText } from '../../../domain/maternal/riskAssessmentSchema';
import { displayColours, isSpecialCase, RISK_COLOUR_RULES } from '../../../domain/maternal/riskColours';
import type { CheckRecord } from '../../../domain/maternal/types';
import type { DatingView, PregnancyView, RiskRecordView, RiskSummary, StaffPregnancyView } from '../../../domain/maternal/views';
import type { Ctx } from '../../core/context';
import {
  checksOf,
  coloursOf,
  risksOf,
  type PregnancyCheckRow,
  type PregnancyRow,
  type RiskAssessmentRow,
} from '../../db/repos/pregnancies';
import { findRegistration } from '../../db/repos/registrations';
import type { FieldCrypto } from '../../security/fieldCrypto';

export type MaternalDeps = Pick<Ctx, 'db' | 'crypto' | 'clock'>;

export const PREGNANCY_NOT_FOUND = '未找到该孕期记录';

export function ageText(days: number | null): string | undefined {
  return days === null ? undefined : formatGestationalAge({ weeks: Math.floor(days / 7), days: days % 7 });
}

export function sealNotes(notes: string | undefined, crypto: FieldCrypto): string | null {
  return notes === undefined ? null : crypto.encrypt(JSON.stringify({ notes }));
}

function openNotes(sealed: string | null, crypto: FieldCrypto): string | undefined {
  if (sealed === null) return undefined;
  return (JSON.parse(crypto.decrypt(sealed)) as { notes?: string }).notes;
}

export function datingView(row: PregnancyRow): DatingView {
  const view: DatingView = { basis: row.basis, startDate: row.start_date, dueDate: row.due_date, reason: datingReason(row) };
  if (row.lmp) view.lmp = row.lmp;
  if (row.scan_date !== null && row.scan_weeks !== null && row.scan_days !== null) {
    view.scanDate = row.scan_date;
    view.scanWeeks = row.scan_weeks;
    view.scanDays = row.scan_days;
  }
  return view;
}

function datingReason(row: PregnancyRow): string {
  if (row.basis === 'due_date') return '按生育登记填写的预产期推算；到医院建册后，医生会按末次月经或B超核对孕周';
  if (row.basis === 'ultrasound') return `按B超推算（${row.scan_date} B超孕${row.scan_weeks}周+${row.scan_days}天）`;
  return '按末次月经推算（末次月经第一天加280天）';
}

export function recordsOf(checks: readonly PregnancyCheckRow[], crypto: FieldCrypto): Record<string, CheckRecord> {
  const out: Record<string, CheckRecord> = {};
  for (const c of checks) {
    const record: CheckRecord = { date: c.date, facility: c.facility };
    const age = ageText(c.gestation_days);
    if (age) record.gestationalAgeText = age;
    const notes = openNotes(c.detail_enc, crypto);
    if (notes) record.notes = notes;
    out[c.check_id] = record;
  }
  return out;
}

export function calendarOf(row: PregnancyRow, checks: readonly PregnancyCheckRow[], crypto: FieldCrypto, today: string): PregnancyCalendar {
  const state = {
    dating: { startDate: row.start_date, dueDate: row.due_date },
    ...(row.delivery_date ? { deliveryDate: row.delivery_date } : {}),
    ...(row.discharge_date ? { dischargeDate: row.discharge_date } : {}),
  };
  return pregnancyCalendar(state, recordsOf(checks, crypto), today);
}

export function riskSummary(row: RiskAssessmentRow): RiskSummary {
  const colours = coloursOf(row);
  const shown = displayColours(colours);
  const rules = shown.map((c) => RISK_COLOUR_RULES[c]);
  const summary: RiskSummary = {
    colours: shown,
    title: coloursText(shown),
    assessedOn: row.assessed_on,
    facility: row.facility,
    forMother: rules.map((r) => r.forMother),
    whereToDeliver: rules.map((r) => r.whereToDeliver).join(''),
    specialCase: isSpecialCase(colours),
    source: rules[0]!.source,
  };
  if (row.next_follow_up) summary.nextFollowUp = row.next_follow_up;
  return summary;
}

function riskRecord(row: RiskAssessmentRow, crypto: FieldCrypto): RiskRecordView {
  const colours = displayColours(coloursOf(row));
  const view: RiskRecordView = { id: row.id, colours, title: coloursText(colours), assessedOn: row.assessed_on, facility: row.facility };
  if (row.next_follow_up) view.nextFollowUp = row.next_follow_up;
  const notes = openNotes(row.notes_enc, crypto);
  if (notes) view.notes = notes;
  return view;
}

export async function pregnancyView(deps: MaternalDeps, row: PregnancyRow, today = todayIn(deps.clock.now())): Promise<PregnancyView> {
  const [checks, risks] = await Promise.all([checksOf(deps.db, [row.id]), risksOf(deps.db, [row.id])]);
  return buildView(deps, row, checks, risks, today);
}

async function registrationRef(deps: MaternalDeps, row: PregnancyRow): Promise<{ id: string; number: string } | undefined> {
  if (!row.registration_id) return undefined;
  const r = await findRegistration(deps.db, row.registration_id);
  return r ? { id: r.id, number: r.number } : undefined;
}

async function buildView(
  deps: MaternalDeps,
  row: PregnancyRow,
  checks: PregnancyCheckRow[],
  risks: RiskAssessmentRow[],
  today: string,
): Promise<PregnancyView> {
  const view: PregnancyView = {
    id: row.id,
    version: row.version,
    motherName: row.mother_name,
    dating: datingView(row),
    calendar: calendarOf(row, checks, deps.crypto, today),
    checkCosts: checkCostIds(),
    costs: costLines(),
  };
  const registration = await registrationRef(deps, row);
  if (registration) view.registration = registration;
  if (row.booked_on && row.booked_facility) view.booked = { date: row.booked_on, facility: row.booked_facility };
  if (row.delivery_date && row.outcome) {
    view.delivery = { date: row.delivery_date, outcome: row.outcome, ...(row.discharge_date ? { dischargeDate: row.discharge_date } : {}) };
  }
  const latest = risks[risks.length - 1];
  if (latest) view.risk = riskSummary(latest);
  return view;
}

export async function staffPregnancyView(
  deps: MaternalDeps,
  row: PregnancyRow,
  today = todayIn(deps.clock.now()),
): Promise<StaffPregnancyView> {
  const [checks, risks] = await Promise.all([checksOf(deps.db, [row.id]), risksOf(deps.db, [row.id])]);
  const base = await buildView(deps, row, checks, risks, today);
  const mother: StaffPregnancyView['mother'] = { name: row.mother_name };
  if (row.mother_birth_date) mother.birthDate = row.mother_birth_date;
  if (row.mother_id_enc) mother.idNumberMasked = maskIdNumber(deps.crypto.decrypt(row.mother_id_enc));
  return {
    ...base,
    mother,
    ...(row.township ? { township: row.township } : {}),
    risks: risks.map((r) => riskRecord(r, deps.crypto)).reverse(),
  };
}

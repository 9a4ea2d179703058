// The Chinese words for the nursery's codes, shared by the server's messages and the pages.
import type { CareType, FilingStatus, InspectionResult, NurseryRequestKind, NurseryRequestStatus, Ownership } from './types';

export const OWNERSHIP_LABELS: Readonly<Record<Ownership, string>> = {
  public: '公办',
  puhui: '普惠性民办',
  for_profit: '营利性',
};

export const CARE_TYPE_LABELS: Readonly<Record<CareType, string>> = {
  full_day: '全日托',
  half_day: '半日托',
  hourly: '计时托',
  temporary: '临时托',
};

export const FILING_STATUS_LABELS: Readonly<Record<FilingStatus, string>> = {
  filed: '已备案',
  pending: '备案待补正',
  revoked: '备案已撤销',
};

export const INSPECTION_RESULT_LABELS: Readonly<Record<InspectionResult, string>> = {
  pass: '合格',
  rectify: '限期整改',
  fail: '不合格',
};

export const REQUEST_KIND_LABELS: Readonly<Record<NurseryRequestKind, string>> = {
  visit: '预约参观',
  place: '托位申请',
};

const STATUS_TEXT: Readonly<Record<NurseryRequestKind, Readonly<Record<NurseryRequestStatus, string>>>> = {
  visit: { submitted: '已提交，待机构确认', accepted: '机构已确认参观', declined: '机构未能安排', cancelled: '已取消' },
  place: { submitted: '已提交，待机构答复', accepted: '机构已同意入托', declined: '机构未能接收', cancelled: '已取消' },
};

export function requestStatusText(kind: NurseryRequestKind, status: NurseryRequestStatus): string {
  return STATUS_TEXT[kind][status];
}

export const CARE_TYPES = Object.keys(CARE_TYPE_LABELS) as readonly CareType[];
export const OWNERSHIPS = Object.keys(OWNERSHIP_LABELS) as readonly Ownership[];
export const FILING_STATUSES = Object.keys(FILING_STATUS_LABELS) as readonly FilingStatus[];
export const INSPECTION_RESULTS = Object.keys(INSPECTION_RESULT_LABELS) as readonly InspectionResult[];

// A check's and a screening's rows: how a check row seals its CheckDetail, and how rows become views.
import { CHILD_CHECKS } from '../../../domain/childHealth/childChecks';
import type { ChildCheckRecord } from '../../../domain/childHealth/childCheckCalendar';
import { followUpBy } from '../../../domain/childHealth/dueItems';
import { SCREENING_FOLLOW_UPS } from '../../../domain/childHealth/newbornScreening';
import type { CheckDetail, CheckRecordView, ScreeningView } from '../../../domain/childHealth/types';
import { measurementsOf } from '../../../domain/growth/measurementSchema';
import type { Measurement } from '../../../domain/growth/growthStandard';
import type { CheckRow, ScreeningRow } from '../../db/repos/childHealth';
import type { FieldCrypto } from '../../security/fieldCrypto';

export const CHECK_ALREADY_RECORDED = '该次健康检查已录入';
export const SCREENING_ALREADY_RECORDED = '该项筛查的这一轮结果已录入';

export function sealCheck(detail: CheckDetail, crypto: FieldCrypto): string {
  return crypto.encrypt(JSON.stringify(detail));
}

export function openCheck(row: Pick<CheckRow, 'detail_enc'>, crypto: FieldCrypto): CheckDetail {
  return JSON.parse(crypto.decrypt(row.detail_enc)) as CheckDetail;
}

export function checkTitle(checkId: string): string {
  return CHILD_CHECKS.find((c) => c.id === checkId)?.title ?? checkId;
}

export function checkRecordView(row: CheckRow, crypto: FieldCrypto): CheckRecordView {
  return {
    checkId: row.check_id,
    title: checkTitle(row.check_id),
    date: row.check_date,
    facility: row.facility,
    ...openCheck(row, crypto),
  };
}

export function calendarRecords(rows: readonly Pick<CheckRow, 'check_id' | 'check_date' | 'facility'>[]): Record<string, ChildCheckRecord> {
  const out: Record<string, ChildCheckRecord> = {};
  for (const r of rows) out[r.check_id] = { date: r.check_date, facility: r.facility };
  return out;
}

export function measurementsOfRecords(records: readonly CheckRecordView[]): Measurement[] {
  return records.flatMap((r) =>
    measurementsOf({ date: r.date, weightKg: r.weightKg, lengthCm: r.lengthCm, position: r.position, headCm: r.headCm }),
  );
}

export function screeningView(row: ScreeningRow, birthDate: string): ScreeningView {
  const view: ScreeningView = { kind: row.kind, round: row.round, result: row.result, date: row.screened_on, facility: row.facility };
  if (row.recheck_where) view.recheckWhere = row.recheck_where;
  if (row.result !== 'pass') {
    const f = SCREENING_FOLLOW_UPS[row.kind][row.result];
    const by = followUpBy(row.kind, row.result, birthDate);
    view.followUp = { title: f.title, advice: f.advice, source: f.source, ...(by ? { by } : {}) };
  }
  return view;
}

// A child's shapes: the row (ID number encrypted, with its lookup hash) and the summary every screen
// shows (the ID number masked, docs/decisions.md §7); and a recorded dose, whose details are sealed at rest.
import type { ChildSummary } from '../../../domain/children/types';
import type { GivenDose } from '../../../domain/vaccine/types';
import { maskIdNumber } from '../../../domain/identity/idNumber';
import type { ChildRow, DoseRow } from '../../db/repos/children';
import type { FieldCrypto } from '../../security/fieldCrypto';

export const CHILD_NOT_FOUND = '未找到该孩子';

export function childSummary(row: ChildRow, crypto: FieldCrypto): ChildSummary {
  const summary: ChildSummary = { id: row.id, name: row.name, birthDate: row.birth_date };
  if (row.sex) summary.sex = row.sex;
  if (row.id_number_enc) summary.idNumberMasked = maskIdNumber(crypto.decrypt(row.id_number_enc));
  return summary;
}

/** What a dose row seals in `detail_enc`. */
export type DoseDetail = GivenDose;

export function sealDose(detail: DoseDetail, crypto: FieldCrypto): string {
  const { date, product, batch, clinic } = detail;
  return crypto.encrypt(JSON.stringify({ date, product, batch, clinic }));
}

export function openDose(row: Pick<DoseRow, 'detail_enc'>, crypto: FieldCrypto): DoseDetail {
  return JSON.parse(crypto.decrypt(row.detail_enc)) as DoseDetail;
}

export function givenDoses(rows: readonly DoseRow[], crypto: FieldCrypto): Record<string, GivenDose> {
  const given: Record<string, GivenDose> = {};
  for (const r of rows) given[r.dose_id] = openDose(r, crypto);
  return given;
}

// A visit booking or place application as the parent sees it, and as the operator's queue shows it.
import type { Kysely } from 'kysely';
import { maskPhone } from '../../../domain/identity/idNumber';
import { requestStatusText } from '../../../domain/nursery/labels';
import type { NurseryRequestView, OperatorRequestItem } from '../../../domain/nursery/types';
import { findChild } from '../../db/repos/children';
import { findInstitution } from '../../db/repos/nurseries';
import type { NurseryRequestRow } from '../../db/repos/nurseryRequests';
import type { Database } from '../../db/tables';
import type { FieldCrypto } from '../../security/fieldCrypto';

export async function requestView(db: Kysely<Database>, row: NurseryRequestRow): Promise<NurseryRequestView> {
  const institution = await findInstitution(db, row.institution_id);
  if (!institution) throw new Error('nursery request without its institution');
  const child = row.child_id ? await findChild(db, row.child_id) : undefined;
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    statusText: requestStatusText(row.kind, row.status),
    institution: { id: institution.id, name: institution.name, address: institution.address, phone: institution.phone },
    ...(row.slot_start !== null && row.slot_duration_min !== null
      ? { slot: { start: row.slot_start, durationMin: row.slot_duration_min } }
      : {}),
    ...(row.visitors !== null ? { visitors: row.visitors } : {}),
    ...(row.class_kind !== null ? { classKind: row.class_kind } : {}),
    ...(row.care_type !== null ? { careType: row.care_type } : {}),
    ...(row.start_month !== null ? { startMonth: row.start_month } : {}),
    ...(child ? { child: { id: child.id, name: child.name, birthDate: child.birth_date } } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
    ...(row.answer !== null ? { answer: row.answer } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function operatorItem(db: Kysely<Database>, crypto: FieldCrypto, row: NurseryRequestRow): Promise<OperatorRequestItem> {
  return {
    ...(await requestView(db, row)),
    parentName: row.parent_name,
    parentPhoneMasked: row.contact_phone_enc ? maskPhone(crypto.decrypt(row.contact_phone_enc)) : '',
  };
}

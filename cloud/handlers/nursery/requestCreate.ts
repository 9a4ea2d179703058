// What booking a visit and applying for a place share: the institution must be filed, the child (if
// any) of the caller's family; the request gets its number, 办件 entry and messages in one go. Used
// by nursery.bookVisit / applyPlace and by the seed.
import type { Insertable } from 'kysely';
import { REQUEST_KIND_LABELS } from '../../../domain/nursery/labels';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { findChild, type ChildRow } from '../../db/repos/children';
import { findInstitution, type InstitutionRow } from '../../db/repos/nurseries';
import {
  allocateNurseryRequestNumber,
  findNurseryRequest,
  insertNurseryRequest,
  type NurseryRequestRow,
} from '../../db/repos/nurseryRequests';
import { latestPhonesNaming } from '../../db/repos/registrations';
import { findUser, type UserRow } from '../../db/repos/users';
import type { NurseryRequestsTable } from '../../db/tables';
import { refusedAsDuplicate } from '../../db/uniqueViolation';
import { CHILD_NOT_FOUND } from '../children/record';
import { NURSERY_NOT_FOUND, nurseryRequestLink } from './record';
import { openRequestCase, tellOperators } from './requestCase';

export type NurseryDeps = Pick<Ctx, 'db' | 'crypto' | 'notify' | 'clock'>;

export async function filedInstitution(deps: Pick<Ctx, 'db'>, id: string): Promise<InstitutionRow> {
  const row = await findInstitution(deps.db, id);
  if (!row || row.filing_status !== 'filed') throw notFound(NURSERY_NOT_FOUND);
  return row;
}

export async function verifiedUserRow(deps: Pick<Ctx, 'db'>, userId: string): Promise<UserRow> {
  const user = await findUser(deps.db, userId);
  if (!user || user.verified_name === null) throw new Error('verified caller without a verified user row');
  return user;
}

/** A child of the user's own family; anyone else's is NOT_FOUND, so ids cannot be probed. */
export async function childOfFamily(deps: Pick<Ctx, 'db'>, user: UserRow, childId: string): Promise<ChildRow> {
  const child = await findChild(deps.db, childId);
  if (!child || user.family_id === null || child.family_id !== user.family_id) throw notFound(CHILD_NOT_FOUND);
  return child;
}

/**
 * The phone the institution may call back: the one typed, else the caller's own from their family's
 * 生育登记 (as applicant or as spouse), still sealed.
 */
async function contactPhoneEnc(deps: NurseryDeps, user: UserRow, typed: string | null | undefined): Promise<string | null> {
  if (typed) return deps.crypto.encrypt(typed);
  if (!user.id_number_hash) return null;
  const hash = user.id_number_hash;
  const reg = await latestPhonesNaming(deps.db, hash);
  if (!reg) return null;
  return reg.applicant_id_hash === hash ? reg.applicant_phone_enc : reg.spouse_phone_enc;
}

export type RequestFields = Omit<
  Insertable<NurseryRequestsTable>,
  | 'id'
  | 'number'
  | 'status'
  | 'user_id'
  | 'family_id'
  | 'parent_name'
  | 'contact_phone_enc'
  | 'answer'
  | 'decided_by'
  | 'created_at'
  | 'updated_at'
>;

/** Inserts the request (refusing a second live booking of one slot), its 办件 and messages; returns the row. */
export async function createNurseryRequest(
  deps: NurseryDeps,
  user: UserRow,
  institution: InstitutionRow,
  fields: RequestFields,
  phone: string | null | undefined,
  duplicate: () => Error,
): Promise<NurseryRequestRow> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = newId();
  const number = await allocateNurseryRequestNumber(deps.db, now);
  const phoneEnc = await contactPhoneEnc(deps, user, phone);
  await refusedAsDuplicate(
    () =>
      insertNurseryRequest(deps.db, {
        ...fields,
        id,
        number,
        status: 'submitted',
        user_id: user.id,
        family_id: user.family_id,
        parent_name: user.verified_name!,
        contact_phone_enc: phoneEnc,
        answer: null,
        decided_by: null,
        created_at: at,
        updated_at: at,
      }),
    duplicate,
  );
  const row = await findNurseryRequest(deps.db, id);
  if (!row) throw new Error('nursery request vanished in its own transaction');
  await openRequestCase(deps.db, row, institution.name, now);

  const what = REQUEST_KIND_LABELS[row.kind];
  await deps.notify.send(user.id, {
    title: `${what}已提交`,
    body: `您向${institution.name}提交的${what}已送达，编号 ${number}。机构答复后会通知您。`,
    link: nurseryRequestLink(id),
  });
  await tellOperators(deps, institution.id, `新的${what}`, `${user.verified_name}提交了${what}（编号 ${number}），请及时答复。`);
  return row;
}

export function alreadyBooked(): Error {
  return conflict('您已预约过这个参观时段，请在“我的办件”中查看，不要重复预约');
}

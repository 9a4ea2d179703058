// Accepting a 生育登记: number, family, row, 办件 and inbox message, all in the caller's transaction.
// Used by registration.submit and by the demo seed, so seeded rows look exactly like real ones.
import type { RegistrationView } from '../../../domain/api/contract';
import type { RegistrationInput } from '../../../domain/registration/types';
import type { Ctx } from '../../core/context';
import { newId } from '../../core/ids';
import { allocateRegistrationNumber, findRegistration, insertRegistration } from '../../db/repos/registrations';
import { syncRegistrationChildren } from '../children/upsert';
import { recordRegistrationBirth } from '../dashboard/birthFacts';
import { openRegistrationCase, registrationCaseTitle, registrationLink } from './caseRecord';
import { familyForCouple, joinFamily } from './family';
import { askSpouse } from './spouseConsent';
import { inputColumns, viewFromRow } from './record';

export type RegistrationDeps = Pick<Ctx, 'db' | 'crypto' | 'notify' | 'clock'>;

export async function createRegistration(
  deps: RegistrationDeps,
  applicantUserId: string,
  input: RegistrationInput,
): Promise<RegistrationView> {
  const { db, crypto } = deps;
  const now = deps.clock.now();
  const at = now.toISOString();
  const columns = inputColumns(input, crypto);
  const familyId = await familyForCouple(db, columns.applicant_id_hash, columns.spouse_id_hash, now);
  const id = newId();
  const number = await allocateRegistrationNumber(db, now);

  await insertRegistration(db, {
    ...columns,
    id,
    number,
    family_id: familyId,
    applicant_user_id: applicantUserId,
    status: 'registered',
    created_at: at,
    updated_at: at,
    cancel_reason: null,
    cancelled_at: null,
    spouse_consent: 'pending',
    spouse_answered_at: null,
  });
  // The applicant joins by their own act; the spouse they named only once they confirm it is them.
  await joinFamily(db, familyId, applicantUserId);
  await askSpouse(deps, {
    id,
    number,
    family_id: familyId,
    spouse_id_hash: columns.spouse_id_hash,
    applicant_name: columns.applicant_name,
    applicant_user_id: applicantUserId,
  });
  await openRegistrationCase(db, { id, applicantUserId, familyId, childOrder: columns.child_order }, now);
  await deps.notify.send(applicantUserId, {
    title: '生育登记已受理',
    body: `您的${registrationCaseTitle(columns.child_order)}已受理，登记编号 ${number}。可在“我的办件”中查看生育服务登记凭证。`,
    link: registrationLink(id),
  });

  const row = await findRegistration(db, id);
  if (!row) throw new Error('registration vanished inside its own transaction');
  // The children it lists become the family's children (vaccines, due-next), in this transaction.
  await syncRegistrationChildren(deps, row);
  await recordRegistrationBirth(db, row, now);
  return viewFromRow(row, [], crypto);
}

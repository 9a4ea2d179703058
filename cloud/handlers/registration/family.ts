// A couple is one family: the spouses see the same registrations, cases and children. A spouse who
// has verified (now or later) is linked through the hash of their ID number.
import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import { familyOfCouple } from '../../db/repos/registrations';
import { findUserByIdHash } from '../../db/repos/users';
import type { Database } from '../../db/tables';

/**
 * The couple's family: from a 生育登记 they share, else from a 出生一件事 case of theirs, else a new
 * one. Used by both (in whichever order a couple files them), so their registrations, cases and
 * children stay in one family.
 */
export async function familyForCouple(db: Kysely<Database>, applicantHash: string, spouseHash: string, now: Date): Promise<string> {
  const viaRegistration = await familyOfCouple(db, applicantHash, spouseHash);
  if (viaRegistration) return viaRegistration;
  const viaCase = await db
    .selectFrom('birth_cases')
    .select('family_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('applicant_id_hash', '=', applicantHash), eb('other_parent_id_hash', '=', spouseHash)]),
        eb.and([eb('applicant_id_hash', '=', spouseHash), eb('other_parent_id_hash', '=', applicantHash)]),
      ]),
    )
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (viaCase) return viaCase.family_id;
  const id = newId();
  await db.insertInto('families').values({ id, created_at: now.toISOString() }).execute();
  return id;
}

/** Makes the applicant and (when verified) the spouse members of the family. */
export async function joinFamily(db: Kysely<Database>, familyId: string, applicantUserId: string, spouseHash: string): Promise<void> {
  await db.updateTable('users').set({ family_id: familyId }).where('id', '=', applicantUserId).execute();
  const spouse = await findUserByIdHash(db, spouseHash);
  if (spouse) await db.updateTable('users').set({ family_id: familyId }).where('id', '=', spouse.id).execute();
}

export async function leaveFamily(db: Kysely<Database>, familyId: string, idHash: string): Promise<void> {
  await db.updateTable('users').set({ family_id: null }).where('family_id', '=', familyId).where('id_number_hash', '=', idHash).execute();
}

// A couple is one family: the spouses see the same registrations, cases and children. A spouse who
// has verified (now or later) is linked through the hash of their ID number.
//
// Naming someone never takes them over: a person's family is set by their own filing (the applicant
// of a registration or case joins its family), and otherwise only while they have none. Anyone can
// type anyone's ID number into the spouse field, so a person already in a family stays there however
// many others name them (docs/decisions.md §7: a caller sees only what is theirs).
import type { Kysely } from 'kysely';
import { caseOfFamilyNames, familyOfCoupleCase } from '../../db/repos/birthCases';
import { createFamily } from '../../db/repos/families';
import { activeRegistrationNames, familyOfCouple } from '../../db/repos/registrations';
import { joinFamilyIfNone, leaveFamilyByIdHash, setUserFamily } from '../../db/repos/users';
import type { Database } from '../../db/tables';

/**
 * The couple's family: from a 生育登记 they share, else from a 出生一件事 case of theirs, else a new
 * one. Used by both (in whichever order a couple files them), so their registrations, cases and
 * children stay in one family.
 */
export async function familyForCouple(db: Kysely<Database>, applicantHash: string, spouseHash: string, now: Date): Promise<string> {
  const viaRegistration = await familyOfCouple(db, applicantHash, spouseHash);
  if (viaRegistration) return viaRegistration;
  const viaCase = await familyOfCoupleCase(db, applicantHash, spouseHash);
  if (viaCase) return viaCase;
  return createFamily(db, now);
}

/**
 * After the applicant files a record of the family: they are a member (their own act). A spouse
 * joins too only when given here — when they have agreed (they filed naming each other, or answered
 * 这是我), never just for being named.
 */
export async function joinFamily(
  db: Kysely<Database>,
  familyId: string,
  applicantUserId: string,
  agreedSpouseHash?: string,
): Promise<void> {
  await setUserFamily(db, applicantUserId, familyId);
  if (agreedSpouseHash !== undefined) await joinIfFamilyless(db, familyId, agreedSpouseHash);
}

/** The verified person with this ID-number hash joins the family, only if they belong to none. */
export async function joinIfFamilyless(db: Kysely<Database>, familyId: string, idHash: string): Promise<void> {
  await joinFamilyIfNone(db, idHash, familyId);
}

/** Whether an active record of the family names this person: a registered 生育登记 or a 出生一件事 case, either side. */
export async function linkedToFamily(db: Kysely<Database>, familyId: string, idHash: string): Promise<boolean> {
  // Named as spouse or other parent counts only once they confirmed it (这是我).
  return (await activeRegistrationNames(db, familyId, idHash)) || (await caseOfFamilyNames(db, familyId, idHash));
}

/**
 * The person a record no longer names (a corrected spouse or other parent, a cancelled
 * registration's spouse) leaves the family — unless another active record of it still names them.
 * Call it after the record's change is written.
 */
export async function leaveFamily(db: Kysely<Database>, familyId: string, idHash: string): Promise<void> {
  if (await linkedToFamily(db, familyId, idHash)) return;
  await leaveFamilyByIdHash(db, idHash, familyId);
}

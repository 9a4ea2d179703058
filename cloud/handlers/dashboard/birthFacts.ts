// Keeps the births fact table true to the records, in the caller's transaction. One birth counts once:
// a 生育登记 (补登) gives way to a 出生一件事 case of its family for the same child — the case that
// names it, or one of the family with the same birth date (a parent may apply without picking the
// registration). The rules for each value are in domain/dashboard/birthFact.ts.
import type { Kysely } from 'kysely';
import { caseBirthFact, registrationBirthFact, type LinkedRegistration } from '../../../domain/dashboard/birthFact';
import type { BirthApplicationInput } from '../../../domain/birth/types';
import type { TownshipCode } from '../../../domain/place/townships';
import { caseOfBirthExists } from '../../db/repos/birthCases';
import { casesWithoutBirthFact, deleteBirthFact, registrationsWithoutBirthFact, upsertBirthFact } from '../../db/repos/birthFacts';
import { bornRegistrationsOfFamily, findRegistration, type RegistrationRow } from '../../db/repos/registrations';
import { fillSubsidyCounts } from '../../db/repos/subsidyCounts';
import type { Database } from '../../db/tables';
import type { FieldCrypto } from '../../security/fieldCrypto';
import { applicationOf } from '../birth/record';
import { fillStepDurations } from './stepDurations';

type Db = Kysely<Database>;

/** After a 生育登记 is submitted, corrected or cancelled: its birth (补登) counted, or not. */
export async function recordRegistrationBirth(db: Db, row: RegistrationRow, now: Date): Promise<void> {
  const fact = registrationBirthFact({
    id: row.id,
    status: row.status,
    stage: row.stage,
    birthDate: row.birth_date,
    township: row.township as TownshipCode,
    childOrder: row.child_order,
    applicantEthnicity: row.applicant_ethnicity,
    spouseEthnicity: row.spouse_ethnicity,
  });
  if (fact && !(await caseOfBirthExists(db, { registrationId: row.id, familyId: row.family_id, birthDate: row.birth_date })))
    await upsertBirthFact(db, fact, now);
  else await deleteBirthFact(db, 'registration', row.id);
}

async function linkedRegistration(db: Db, registrationId: string | undefined): Promise<LinkedRegistration | undefined> {
  if (!registrationId) return undefined;
  const r = await findRegistration(db, registrationId);
  return r && { township: r.township as TownshipCode, childOrder: r.child_order };
}

/**
 * After a 出生一件事 case is submitted or resubmitted (`input` is what it now holds): the case's birth,
 * and the family's 补登 registrations again (one may now give way to the case, or stop doing so when
 * the birth date was corrected).
 */
export async function recordCaseBirth(
  db: Db,
  c: { id: string; family_id: string },
  input: BirthApplicationInput,
  now: Date,
): Promise<void> {
  await upsertBirthFact(db, caseBirthFact(c.id, input, await linkedRegistration(db, input.registrationId)), now);
  for (const r of await bornRegistrationsOfFamily(db, c.family_id)) await recordRegistrationBirth(db, r, now);
}

/**
 * Gives every record made before the fact table existed (or while a write path lacked it) its fact,
 * and counts the steps done before step_durations existed. Run after `migrate` by every start;
 * idempotent, and a few cheap queries once nothing is missing. Returns how many records it filled.
 */
export async function fillMonitoringFacts(db: Db, crypto: FieldCrypto, now: Date = new Date()): Promise<number> {
  // Births first: the subsidy counts place an application by its child's birth fact.
  return (await fillBirthFacts(db, crypto, now)) + (await fillStepDurations(db)) + (await fillSubsidyCounts(db));
}

async function fillBirthFacts(db: Db, crypto: FieldCrypto, now: Date): Promise<number> {
  let filled = 0;
  for (const c of await casesWithoutBirthFact(db)) {
    await recordCaseBirth(db, c, applicationOf(c, crypto), now);
    filled += 1;
  }
  for (const r of await registrationsWithoutBirthFact(db)) {
    await recordRegistrationBirth(db, r, now);
    filled += 1;
  }
  return filled;
}

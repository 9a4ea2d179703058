// Keeps the births fact table true to the records, in the caller's transaction. One birth counts once:
// a 生育登记 (补登) gives way to a 出生一件事 case of its family for the same child — the case that
// names it, or one of the family with the same birth date (a parent may apply without picking the
// registration). The rules for each value are in domain/dashboard/birthFact.ts.
import type { Kysely } from 'kysely';
import { caseBirthFact, registrationBirthFact, type LinkedRegistration } from '../../../domain/dashboard/birthFact';
import type { BirthApplicationInput } from '../../../domain/birth/types';
import type { TownshipCode } from '../../../domain/place/townships';
import { deleteBirthFact, upsertBirthFact } from '../../db/repos/birthFacts';
import type { RegistrationRow } from '../../db/repos/registrations';
import { fillSubsidyCounts } from '../../db/repos/subsidyCounts';
import type { Database } from '../../db/tables';
import type { FieldCrypto } from '../../security/fieldCrypto';
import { applicationOf } from '../birth/record';
import { fillStepDurations } from './stepDurations';

type Db = Kysely<Database>;

async function caseSupersedes(db: Db, r: Pick<RegistrationRow, 'id' | 'family_id' | 'birth_date'>): Promise<boolean> {
  const found = await db
    .selectFrom('birth_cases')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('registration_id', '=', r.id),
        ...(r.birth_date ? [eb.and([eb('family_id', '=', r.family_id), eb('child_birth_date', '=', r.birth_date)])] : []),
      ]),
    )
    .executeTakeFirst();
  return found !== undefined;
}

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
  if (fact && !(await caseSupersedes(db, row))) await upsertBirthFact(db, fact, now);
  else await deleteBirthFact(db, 'registration', row.id);
}

async function linkedRegistration(db: Db, registrationId: string | undefined): Promise<LinkedRegistration | undefined> {
  if (!registrationId) return undefined;
  const r = await db.selectFrom('registrations').select(['township', 'child_order']).where('id', '=', registrationId).executeTakeFirst();
  return r && { township: r.township as TownshipCode, childOrder: r.child_order };
}

/**
 * After a 出生一件事 case is submitted or resubmitted (`input` is what it now holds): the case's birth,
 * and the family's 补登 registrations again (one may now give way to the case, or stop doing so when
 * the birth date was corrected).
 */
export async function recordCaseBirth(db: Db, c: { id: string; family_id: string }, input: BirthApplicationInput, now: Date): Promise<void> {
  await upsertBirthFact(db, caseBirthFact(c.id, input, await linkedRegistration(db, input.registrationId)), now);
  const registrations = await db.selectFrom('registrations').selectAll().where('family_id', '=', c.family_id).where('stage', '=', 'born').execute();
  for (const r of registrations) await recordRegistrationBirth(db, r, now);
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
  const cases = await db
    .selectFrom('birth_cases as c')
    .leftJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', 'c.id'))
    .where('f.source_id', 'is', null)
    .select(['c.id', 'c.family_id', 'c.application_json_enc'])
    .execute();
  for (const c of cases) {
    await recordCaseBirth(db, c, applicationOf(c, crypto), now);
    filled += 1;
  }
  const registrations = await db
    .selectFrom('registrations as r')
    .leftJoin('birth_facts as f', (join) => join.on('f.source', '=', 'registration').onRef('f.source_id', '=', 'r.id'))
    .where('f.source_id', 'is', null)
    .where('r.status', '=', 'registered')
    .where('r.stage', '=', 'born')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('birth_cases as c')
            .select('c.id')
            .where((eb) => eb.or([eb('c.registration_id', '=', eb.ref('r.id')), eb.and([eb('c.family_id', '=', eb.ref('r.family_id')), eb('c.child_birth_date', '=', eb.ref('r.birth_date'))])])),
        ),
      ),
    )
    .selectAll('r')
    .execute();
  for (const r of registrations) {
    await recordRegistrationBirth(db, r, now);
    filled += 1;
  }
  return filled;
}

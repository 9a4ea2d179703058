// Demo child health records: the demo `subsidy_parent`'s second child (演示段小禾, a boy born
// 2025-05-12, scripts/seed/subsidies.ts) has his newborn screenings and the checks up to 12 months
// on record — except the 6-month check, which the e2e journey records — so `npm start` shows a growth
// chart. Written through the health worker's own code path, on the seed day; checks dated after the
// seed day are left out. Idempotent.
import type { Kysely } from 'kysely';
import { compareDates, todayIn } from '../../domain/dates';
import { recordCheckSchema } from '../../domain/childHealth/recordSchemas';
import { validate } from '../../domain/validation';
import { inboxNotifier } from '../../cloud/adapters/notify/inbox';
import { checksOf, insertScreening } from '../../cloud/db/repos/childHealth';
import { findFamilyChild } from '../../cloud/db/repos/children';
import { findUser } from '../../cloud/db/repos/users';
import type { Database } from '../../cloud/db/tables';
import { recordCheckedCheck } from '../../cloud/handlers/childHealth/staff';
import type { FieldCrypto } from '../../cloud/security/fieldCrypto';
import { SUBSIDY_DEMO_CHILD } from './subsidies';

const FACILITY = '平原镇卫生院儿童保健门诊（样例）';

/** Plausible measurements of a boy growing a little above the median (样例). */
export const SEEDED_CHECKS = [
  { checkId: 'newborn-visit', date: '2025-05-19', weightKg: 3.4, lengthCm: 50.5, headCm: 35, feeding: 'breast' },
  { checkId: 'month-1', date: '2025-06-10', weightKg: 4.6, lengthCm: 54.8, headCm: 37.5, feeding: 'breast' },
  { checkId: 'm3', date: '2025-08-14', weightKg: 6.6, lengthCm: 61.8, headCm: 41, feeding: 'breast' },
  { checkId: 'm8', date: '2026-01-15', weightKg: 8.9, lengthCm: 71.2, headCm: 44.8, feeding: 'complementary' },
  { checkId: 'm12', date: '2026-05-14', weightKg: 10.0, lengthCm: 76.6, headCm: 46.4, feeding: 'complementary' },
] as const;

export async function seedChildHealth(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  ids: { subsidy_parent: string; maternal_child: string },
  now: Date,
): Promise<number> {
  const today = todayIn(now);
  const family = (await findUser(db, ids.subsidy_parent))?.family_id;
  const child = family ? await findFamilyChild(db, family, SUBSIDY_DEMO_CHILD.name, SUBSIDY_DEMO_CHILD.birthDate) : undefined;
  if (!child) throw new Error("seed: the demo subsidy family's second child was not created");
  const deps = { db, crypto, clock: { now: () => now }, notify: inboxNotifier(db, () => now) };
  const recorded = new Set((await checksOf(db, child.id)).map((r) => r.check_id));
  let added = 0;
  for (const c of SEEDED_CHECKS) {
    if (recorded.has(c.checkId) || compareDates(c.date, today) > 0) continue;
    const input = {
      childId: child.id,
      checkId: c.checkId,
      facility: FACILITY,
      measurements: { date: c.date, weightKg: c.weightKg, lengthCm: c.lengthCm, position: 'lying', headCm: c.headCm },
      feeding: c.feeding,
      development: 'normal',
    };
    const checked = validate(recordCheckSchema(today, child.birth_date, child.sex ?? 'M'), input);
    if (!checked.ok) throw new Error(`seed check is invalid: ${JSON.stringify(checked.fields)}`);
    await recordCheckedCheck(deps, ids.maternal_child, child, checked.value);
    added += 1;
  }
  for (const kind of ['metabolic', 'hearing'] as const) {
    if (compareDates('2025-05-14', today) > 0) continue;
    await insertScreening(db, {
      child_id: child.id,
      kind,
      round: 'initial',
      result: 'pass',
      screened_on: '2025-05-14',
      facility: '盈江县人民医院（样例）',
      recheck_where: null,
      recorded_by: ids.maternal_child,
      recorded_at: now.toISOString(),
    });
  }
  return added;
}

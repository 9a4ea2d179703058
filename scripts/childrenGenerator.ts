// Families, parents, children and recorded doses at a province's volume, written with batch inserts
// (the reminder job and the start-up checks only read these tables). Children are born over the last
// seven years; the doses of the first months are on record, a few missed (so some doses are overdue),
// and one child in twenty has none at all (the "history not in the system" case). Deterministic for a
// seed. Used by scripts/remindersBenchmark.ts and test/api/remindersBatched.test.ts.
import type { Insertable, Kysely } from 'kysely';
import { addDays } from '../domain/dates';
import { scheduleFor } from '../domain/vaccine/schedule';
import type { Database } from '../cloud/db/tables';
import { sealDose } from '../cloud/handlers/children/record';
import type { FieldCrypto } from '../cloud/security/fieldCrypto';
import { insertBatches } from './database/scratch';
import { seededRandom } from './nurseryGenerator';

const BATCH = 500;
/** Doses of the first months a clinic records (when not missed). */
const EARLY_DAYS = 100;

export interface GeneratedFamilies {
  families: number;
  users: number;
  children: number;
  doses: number;
}

/** `children` children in families of 1–3, each family with one or two parents, up to `today`. */
export async function generateFamilies(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  options: { children: number; today: string; seed?: number; prefix?: string },
): Promise<GeneratedFamilies> {
  const random = seededRandom(options.seed ?? 18);
  const prefix = options.prefix ?? 'gen';
  const at = `${options.today}T00:00:00.000Z`;
  const out: GeneratedFamilies = { families: 0, users: 0, children: 0, doses: 0 };
  while (out.children < options.children) {
    const families: Insertable<Database['families']>[] = [];
    const users: Insertable<Database['users']>[] = [];
    const children: Insertable<Database['children']>[] = [];
    const doses: Insertable<Database['vaccine_doses']>[] = [];
    for (let f = 0; f < 1000 && out.children < options.children; f++) {
      const familyId = `${prefix}-f${out.families}`;
      out.families += 1;
      families.push({ id: familyId, created_at: at });
      const parents = random() < 0.7 ? 2 : 1;
      for (let p = 0; p < parents; p++) {
        users.push({ id: `${familyId}-u${p}`, openid: `${familyId}-o${p}`, created_at: at, family_id: familyId } as Insertable<
          Database['users']
        >);
        out.users += 1;
      }
      const count = Math.min(options.children - out.children, random() < 0.5 ? 1 : random() < 0.8 ? 2 : 3);
      for (let c = 0; c < count; c++) {
        const childId = `${familyId}-c${c}`;
        const birthDate = addDays(options.today, -Math.floor(random() * 7 * 365));
        out.children += 1;
        children.push({
          id: childId,
          family_id: familyId,
          name: `测试${out.children}`,
          sex: random() < 0.5 ? 'M' : 'F',
          birth_date: birthDate,
          id_number_enc: null,
          id_number_hash: null,
          source: 'registration',
          birth_case_id: null,
          registration_id: null,
          created_at: at,
          updated_at: at,
        });
        if (random() < 0.05) continue;
        for (const dose of scheduleFor(birthDate)) {
          if (dose.dueFrom > addDays(birthDate, EARLY_DAYS) || dose.dueFrom >= options.today || random() < 0.1) continue;
          const date = addDays(dose.dueFrom, Math.floor(random() * 5));
          if (date >= options.today) continue;
          doses.push({
            child_id: childId,
            dose_id: dose.doseId,
            detail_enc: sealDose({ date, product: dose.product, batch: 'B2026-01', clinic: '盈江县人民医院预防接种门诊' }, crypto),
            recorded_by: `${familyId}-u0`,
            recorded_at: at,
          });
          out.doses += 1;
        }
      }
    }
    await insertBatches(db, 'families', families, BATCH);
    await insertBatches(db, 'users', users, BATCH);
    await insertBatches(db, 'children', children, BATCH);
    await insertBatches(db, 'vaccine_doses', doses, BATCH);
  }
  return out;
}

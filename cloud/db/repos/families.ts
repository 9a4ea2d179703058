// Families: the unit whose members share registrations, cases and children. Who joins a family is
// decided in handlers/registration/family.ts; membership is `users.family_id` (repos/users.ts).
import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { Database } from '../tables';

export async function createFamily(db: Kysely<Database>, now: Date): Promise<string> {
  const id = newId();
  await db.insertInto('families').values({ id, created_at: now.toISOString() }).execute();
  return id;
}

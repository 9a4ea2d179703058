// Starts of a real-name check, numbered per account per Shanghai day under a unique index.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, IdentityAttemptsTable } from '../tables';

type IdentityAttemptRow = Selectable<IdentityAttemptsTable>;

/** The highest attempt number the user has taken that day (0 when none). */
export async function attemptsUsedOn(db: Kysely<Database>, userId: string, day: string): Promise<number> {
  const last = await db
    .selectFrom('identity_attempts')
    .select((eb) => eb.fn.max<number>('attempt_no').as('n'))
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .executeTakeFirst();
  return Number(last?.n ?? 0);
}

/** Fails with a unique violation when the (user, day, attempt number) slot was taken meanwhile. */
export async function insertAttempt(db: Kysely<Database>, row: Insertable<IdentityAttemptsTable>): Promise<void> {
  await db.insertInto('identity_attempts').values(row).execute();
}

/** Fails with a unique violation when the verify id is already on another attempt. */
export async function setAttemptVerifyId(db: Kysely<Database>, id: string, verifyId: string): Promise<void> {
  await db.updateTable('identity_attempts').set({ verify_id: verifyId }).where('id', '=', id).execute();
}

/** The user's own attempt with this verify id (another person's is not found). */
export async function findAttempt(db: Kysely<Database>, userId: string, verifyId: string): Promise<IdentityAttemptRow | undefined> {
  return db.selectFrom('identity_attempts').selectAll().where('verify_id', '=', verifyId).where('user_id', '=', userId).executeTakeFirst();
}

export async function markAttemptPassed(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('identity_attempts').set({ status: 'passed', finished_at: at }).where('id', '=', id).execute();
}

// People: who a caller is, found by session, openid or ID-number hash.
import type { Kysely, Selectable } from 'kysely';
import type { StaffRole, StaffRoleCode } from '../../../domain/api/contract';
import type { Caller } from '../../core/context';
import { newId } from '../../core/ids';
import type { Database, UsersTable } from '../tables';

export type UserRow = Selectable<UsersTable>;

export async function findUser(db: Kysely<Database>, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function findUserByIdHash(db: Kysely<Database>, idHash: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id_number_hash', '=', idHash).executeTakeFirst();
}

/** The verified name of each of these users (null when not verified): staff named in lists and logs. */
export async function verifiedNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string | null>> {
  const names = new Map<string, string | null>();
  if (ids.length === 0) return names;
  for (const u of await db.selectFrom('users').select(['id', 'verified_name']).where('id', 'in', [...new Set(ids)]).execute()) names.set(u.id, u.verified_name);
  return names;
}

export async function rolesOf(db: Kysely<Database>, userId: string): Promise<StaffRole[]> {
  const rows = await db.selectFrom('staff_roles').select(['role', 'scope']).where('user_id', '=', userId).orderBy('role').execute();
  return rows.map((r) => (r.scope ? { role: r.role as StaffRoleCode, scope: r.scope } : { role: r.role as StaffRoleCode }));
}

export async function loadCaller(db: Kysely<Database>, userId: string): Promise<Caller> {
  const user = await findUser(db, userId);
  if (!user) return null;
  return { userId: user.id, openid: user.openid, verified: user.verified_at !== null, roles: await rolesOf(db, user.id) };
}

export async function createUser(db: Kysely<Database>, openid: string, now: Date): Promise<UserRow> {
  const row: UserRow = {
    id: newId(),
    openid,
    created_at: now.toISOString(),
    verified_name: null,
    id_number_enc: null,
    id_number_hash: null,
    sex: null,
    birth_date: null,
    verified_at: null,
    family_id: null,
    unionid: null,
    phone_enc: null,
    phone_verified_at: null,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

/**
 * The WeChat user with this openid, created on first sight. Race-safe on both databases: the insert
 * does nothing when the openid's unique index already holds a row (two first sign-ins at once, or a
 * retried one), and the row is then read; no failed statement aborts a PostgreSQL transaction.
 * A unionid WeChat gives is kept (filled in when it first appears).
 */
export async function userForOpenid(db: Kysely<Database>, openid: string, now: Date, unionid?: string): Promise<UserRow> {
  const existing = await db.selectFrom('users').selectAll().where('openid', '=', openid).executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('users')
      .values({ id: newId(), openid, created_at: now.toISOString(), verified_name: null, id_number_enc: null, id_number_hash: null, sex: null, birth_date: null, verified_at: null, family_id: null, ...(unionid ? { unionid } : {}) })
      .onConflict((oc) => oc.column('openid').doNothing())
      .execute();
  } else if (unionid && !existing.unionid) {
    await db.updateTable('users').set({ unionid }).where('id', '=', existing.id).where('unionid', 'is', null).execute();
  }
  return db.selectFrom('users').selectAll().where('openid', '=', openid).executeTakeFirstOrThrow();
}

/** Whether any account was created by the demo seed (reserved openid prefix). */
export async function hasUsersWithOpenidPrefix(db: Kysely<Database>, prefix: string): Promise<boolean> {
  // A range, not LIKE: LIKE ignores case on SQLite and not on PostgreSQL (and `_` is a wildcard).
  const row = await db.selectFrom('users').select('id').where('openid', '>=', prefix).where('openid', '<', `${prefix}\uffff`).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function hasAnyUser(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

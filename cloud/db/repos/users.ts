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
  for (const u of await db
    .selectFrom('users')
    .select(['id', 'verified_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute())
    names.set(u.id, u.verified_name);
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

/** A user as WeChat first shows them: an openid, nothing verified yet. */
function newUserRow(openid: string, now: Date, unionid: string | null = null): UserRow {
  return {
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
    unionid,
    phone_enc: null,
    phone_verified_at: null,
  };
}

export async function createUser(db: Kysely<Database>, openid: string, now: Date): Promise<UserRow> {
  const row = newUserRow(openid, now);
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
      .values(newUserRow(openid, now, unionid || null))
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
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('openid', '>=', prefix)
    .where('openid', '<', `${prefix}\uffff`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function hasAnyUser(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function findUserByOpenid(db: Kysely<Database>, openid: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('openid', '=', openid).executeTakeFirst();
}

/** The phone WeChat confirmed, sealed. */
export async function setVerifiedPhone(db: Kysely<Database>, userId: string, phoneEnc: string, at: string): Promise<void> {
  await db.updateTable('users').set({ phone_enc: phoneEnc, phone_verified_at: at }).where('id', '=', userId).execute();
}

type VerifiedIdentity = Pick<UserRow, 'verified_name' | 'id_number_enc' | 'id_number_hash' | 'sex' | 'birth_date' | 'verified_at'>;

/** Binds the checked person to the account; the unique index on the hash refuses a number bound elsewhere. */
export async function setVerifiedIdentity(db: Kysely<Database>, userId: string, identity: VerifiedIdentity): Promise<void> {
  await db.updateTable('users').set(identity).where('id', '=', userId).execute();
}

/** The user joins the family (their own act: they filed a record of it). */
export async function setUserFamily(db: Kysely<Database>, userId: string, familyId: string): Promise<void> {
  await db.updateTable('users').set({ family_id: familyId }).where('id', '=', userId).execute();
}

/** The verified person with this ID-number hash joins the family, only if they belong to none. */
export async function joinFamilyIfNone(db: Kysely<Database>, idHash: string, familyId: string): Promise<void> {
  await db.updateTable('users').set({ family_id: familyId }).where('id_number_hash', '=', idHash).where('family_id', 'is', null).execute();
}

/** The person with this ID-number hash leaves the family, if they are in it. */
export async function leaveFamilyByIdHash(db: Kysely<Database>, idHash: string, familyId: string): Promise<void> {
  await db.updateTable('users').set({ family_id: null }).where('family_id', '=', familyId).where('id_number_hash', '=', idHash).execute();
}

/** Grants the role, or re-grants it with the new scope and grantor. */
export async function grantStaffRole(
  db: Kysely<Database>,
  grant: { userId: string; role: StaffRoleCode; scope: string | null; grantedBy: string; at: string },
): Promise<void> {
  const { userId, role, scope, grantedBy, at } = grant;
  await db
    .insertInto('staff_roles')
    .values({ user_id: userId, role, scope, granted_by: grantedBy, granted_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'role']).doUpdateSet({ scope, granted_by: grantedBy, granted_at: at }))
    .execute();
}

/** Whether the user held the role (and no longer does). */
export async function revokeStaffRole(db: Kysely<Database>, userId: string, role: StaffRoleCode): Promise<boolean> {
  const result = await db.deleteFrom('staff_roles').where('user_id', '=', userId).where('role', '=', role).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The users holding a role with this scope (e.g. the operators of one institution). */
export async function usersWithRole(db: Kysely<Database>, role: StaffRoleCode, scope: string): Promise<string[]> {
  const rows = await db.selectFrom('staff_roles').select('user_id').where('role', '=', role).where('scope', '=', scope).execute();
  return rows.map((r) => r.user_id);
}

// Bearer sessions of the HTTP gateway (CloudBase needs none: WeChat tells it the openid).
//
// A session ends when it is signed out, ended by an admin, unused for longer than its idle limit,
// or older than its absolute lifetime; the limits depend on whether the person holds a staff role
// (domain/account/sessionPolicy.ts) and are checked on every request. `expires_at` is the longest
// any session may live, for the retention purge.
import type { ExpressionBuilder, Kysely } from 'kysely';
import { LONGEST_SESSION_HOURS, SESSION_POLICY, sessionLimitsFor, type SessionPolicy } from '../../../domain/account/sessionPolicy';
import type { Caller } from '../../core/context';
import { newId } from '../../core/ids';
import { hashSessionToken, newSessionToken } from '../../security/sessionTokens';
import type { Database } from '../tables';
import { loadCaller } from './users';

const HOUR_MS = 60 * 60 * 1000;
/** last_seen_at is written at most this often per session (not on every request). */
const TOUCH_EVERY_MS = 60 * 1000;

export async function createSession(db: Kysely<Database>, userId: string, now: Date): Promise<string> {
  const token = newSessionToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashSessionToken(token),
      id: newId(),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      ended_at: null,
      expires_at: new Date(now.getTime() + LONGEST_SESSION_HOURS * HOUR_MS).toISOString(),
    })
    .execute();
  return token;
}

export interface SessionTimes {
  created_at: string;
  last_seen_at: string | null;
  ended_at: string | null;
  expires_at: string;
}

/** When this session stops being valid for a person with `roleCount` staff roles. */
export function sessionEndsAt(s: SessionTimes, roleCount: number, policy: SessionPolicy = SESSION_POLICY): Date {
  const limits = sessionLimitsFor(roleCount, policy);
  const created = new Date(s.created_at).getTime();
  const lastSeen = new Date(s.last_seen_at ?? s.created_at).getTime();
  // expires_at (the longest lifetime, for the purge) bounds only the real policy.
  const purgeBound = policy === SESSION_POLICY ? new Date(s.expires_at).getTime() : Infinity;
  const end = Math.min(created + limits.absoluteHours * HOUR_MS, lastSeen + limits.idleMinutes * 60_000, purgeBound);
  return new Date(end);
}

/** The caller a token stands for, or null when it is unknown, ended, idle too long or too old. */
export async function callerForToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
  policy: SessionPolicy = SESSION_POLICY,
): Promise<Caller> {
  const session = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'created_at', 'last_seen_at', 'ended_at', 'expires_at'])
    .where('token_hash', '=', hashSessionToken(token))
    .executeTakeFirst();
  if (!session || session.ended_at !== null) return null;
  const caller = await loadCaller(db, session.user_id);
  if (!caller) return null;
  if (sessionEndsAt(session, caller.roles.length, policy) <= now) return null;
  const lastSeen = new Date(session.last_seen_at ?? session.created_at).getTime();
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('token_hash', '=', hashSessionToken(token))
      .where('ended_at', 'is', null)
      .execute();
  }
  return { ...caller, ...(session.id ? { sessionId: session.id } : {}) };
}

export async function endSession(db: Kysely<Database>, sessionId: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('sessions')
    .set({ ended_at: now.toISOString() })
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface SessionRow {
  id: string;
  created_at: string;
  last_seen_at: string | null;
  ended_at: string | null;
  expires_at: string;
}

/** A person's sessions that have not been ended, newest first (the caller filters out timed-out ones). */
export async function openSessionsOf(db: Kysely<Database>, userId: string): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'ended_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.filter((r): r is SessionRow => r.id !== null);
}

/** Ends one session of this person (`sessionId`) or all of them; how many were ended. */
export async function endSessionsOf(db: Kysely<Database>, userId: string, now: Date, sessionId?: string): Promise<number> {
  let q = db.updateTable('sessions').set({ ended_at: now.toISOString() }).where('user_id', '=', userId).where('ended_at', 'is', null);
  if (sessionId) q = q.where('id', '=', sessionId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * Retention: sessions that can never be used again under `policy` — older than the longest
 * absolute lifetime, ended more than a day ago, or unused for longer than the longest idle limit.
 */
/** With `limit`, at most that many rows go in one statement (the retention job loops, pausing between). */
export async function purgeSessions(
  db: Kysely<Database>,
  now: Date,
  policy: SessionPolicy = SESSION_POLICY,
  limit?: number,
): Promise<number> {
  const longestHours = Math.max(policy.staff.absoluteHours, policy.parent.absoluteHours);
  const longestIdle = Math.max(policy.staff.idleMinutes, policy.parent.idleMinutes);
  const createdBefore = new Date(now.getTime() - longestHours * HOUR_MS).toISOString();
  const endedBefore = new Date(now.getTime() - 24 * HOUR_MS).toISOString();
  const idleBefore = new Date(now.getTime() - longestIdle * 60_000).toISOString();
  const expired = (eb: ExpressionBuilder<Database, 'sessions'>) =>
    eb.or([eb('created_at', '<=', createdBefore), eb('ended_at', '<', endedBefore), eb('last_seen_at', '<', idleBefore)]);
  const r = await db
    .deleteFrom('sessions')
    .where((eb) =>
      limit === undefined
        ? expired(eb)
        : eb('token_hash', 'in', eb.selectFrom('sessions').select('token_hash').where(expired).limit(limit)),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

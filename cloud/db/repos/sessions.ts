// Bearer sessions of the HTTP gateway (CloudBase needs none: WeChat tells it the openid).
import type { Kysely } from 'kysely';
import type { Caller } from '../../core/context';
import { hashSessionToken, newSessionToken, SESSION_DAYS } from '../../security/sessionTokens';
import type { Database } from '../tables';
import { loadCaller } from './users';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createSession(db: Kysely<Database>, userId: string, now: Date): Promise<string> {
  const token = newSessionToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashSessionToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString(),
    })
    .execute();
  return token;
}

/** The caller a token stands for, or null when it is unknown or expired. */
export async function callerForToken(db: Kysely<Database>, token: string, now: Date): Promise<Caller> {
  const session = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at'])
    .where('token_hash', '=', hashSessionToken(token))
    .executeTakeFirst();
  if (!session || session.expires_at <= now.toISOString()) return null;
  return loadCaller(db, session.user_id);
}

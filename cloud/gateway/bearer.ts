// `Authorization: Bearer <token>` → the caller, or null (no header, unknown or expired token).
import type { Kysely } from 'kysely';
import type { Caller } from '../core/context';
import { callerForToken } from '../db/repos/sessions';
import type { Database } from '../db/tables';
import type { SessionPolicy } from '../../domain/account/sessionPolicy';

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

export async function callerFromAuthorization(
  db: Kysely<Database>,
  header: string | undefined,
  now: Date,
  policy?: SessionPolicy,
): Promise<Caller> {
  const match = header ? BEARER.exec(header.trim()) : null;
  if (!match) return null;
  return callerForToken(db, match[1]!, now, policy);
}

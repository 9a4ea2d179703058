// Session tokens: random, handed to the client once, stored only as a SHA-256 hash so a copy of
// the database cannot be used to log in.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_DAYS = 30;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

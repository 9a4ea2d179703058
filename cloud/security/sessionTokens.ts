// Session tokens: random, handed to the client once, stored only as a SHA-256 hash so a copy of
// the database cannot be used to log in.
import { createHash, randomBytes } from 'node:crypto';

// How long they last: domain/account/sessionPolicy.ts (enforced in cloud/db/repos/sessions.ts).

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

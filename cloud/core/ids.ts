import { randomUUID } from 'node:crypto';

/** Record ids are random UUIDs: they reveal no count and cannot be guessed. */
export function newId(): string {
  return randomUUID();
}

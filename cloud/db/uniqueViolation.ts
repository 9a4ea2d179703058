// A unique index refused a row. Recognised for both drivers so callers can turn a lost race into a
// clear answer instead of INTERNAL.
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  // better-sqlite3: SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY; pg: SQLSTATE 23505.
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Runs a write whose uniqueness the caller has already checked; when a concurrent request got there
 * between the check and the write (PostgreSQL), the index refuses it and `refused()` — the same answer
 * the check gives — is thrown instead. On PostgreSQL the transaction is aborted by then, so nothing
 * may run after it but the rollback.
 */
export async function refusedAsDuplicate<T>(write: () => Promise<T>, refused: () => Error): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw refused();
    throw e;
  }
}

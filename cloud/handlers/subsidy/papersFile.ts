// The 户口簿 page a parent uploaded with a subsidy application's papers: the 卫健 reviewer checks the
// typed papers against it, so the health bureau may read it (cloud/handlers/files/files.ts, audited).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables';

/** The application that carries this file as its papers' 户口簿 page, if any. */
export async function applicationAttaching(db: Kysely<Database>, fileId: string): Promise<{ id: string; number: string } | undefined> {
  return db.selectFrom('subsidy_applications').select(['id', 'number']).where('papers_file_id', '=', fileId).orderBy('submitted_at', 'desc').executeTakeFirst();
}

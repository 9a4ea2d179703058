// Uploaded files' metadata. The bytes are in the FileStore under `storage_key`.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, FilesTable } from '../tables';

export type FileRow = Selectable<FilesTable>;

export async function insertFile(db: Kysely<Database>, row: Insertable<FilesTable>): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export async function findFile(db: Kysely<Database>, id: string): Promise<FileRow | undefined> {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findFiles(db: Kysely<Database>, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('files').selectAll().where('id', 'in', ids).execute();
}

/** CloudBase: a clear copy handed out as a temporary URL, kept until retention deletes it. */
export async function recordCloudShare(db: Kysely<Database>, fileId: string, at: string): Promise<void> {
  await db.insertInto('cloud_file_shares').values({ file_id: fileId, created_at: at }).execute();
}

// Hukou moves out of 盈江 recorded by the police; a child's hukou spells end with them.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, HukouMovesTable } from '../tables';

export type HukouMoveRow = Selectable<HukouMovesTable>;

/** Oldest move first. */
export async function movesOfChildren(db: Kysely<Database>, childIds: readonly string[]): Promise<HukouMoveRow[]> {
  if (childIds.length === 0) return [];
  return db.selectFrom('hukou_moves').selectAll().where('child_id', 'in', childIds).orderBy('moved_on').orderBy('recorded_at').execute();
}

export async function insertMove(db: Kysely<Database>, row: Insertable<HukouMovesTable>): Promise<void> {
  await db.insertInto('hukou_moves').values(row).execute();
}

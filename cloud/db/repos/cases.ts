// The 办件 list: one row per thing a family has applied for, whatever the feature. Each feature
// writes its row here in the same transaction as its own record.
import type { Kysely, Selectable } from 'kysely';
import type { CaseSummary } from '../../../domain/api/contract';
import { newId } from '../../core/ids';
import type { CasesTable, Database } from '../tables';

export interface CaseEntry {
  kind: CaseSummary['kind'];
  refId: string;
  userId: string;
  /** Null for a person not yet in a family (a nursery visit booked before any registration). */
  familyId: string | null;
  title: string;
  status: string;
  statusText: string;
  link: string;
}

export async function openCase(db: Kysely<Database>, entry: CaseEntry, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('cases')
    .values({
      id: newId(),
      user_id: entry.userId,
      family_id: entry.familyId,
      kind: entry.kind,
      ref_id: entry.refId,
      title: entry.title,
      status: entry.status,
      status_text: entry.statusText,
      link: entry.link,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateCase(
  db: Kysely<Database>,
  kind: CaseSummary['kind'],
  refId: string,
  changes: { title?: string; status?: string; statusText?: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      updated_at: now.toISOString(),
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.statusText !== undefined ? { status_text: changes.statusText } : {}),
    })
    .where('kind', '=', kind)
    .where('ref_id', '=', refId)
    .execute();
}

type CaseRow = Selectable<CasesTable>;

/** The person's own cases and those of their family, last changed first. */
export async function casesOfPerson(db: Kysely<Database>, person: { userId: string; familyId: string | null }): Promise<CaseRow[]> {
  const { userId, familyId } = person;
  return db
    .selectFrom('cases')
    .selectAll()
    .where((eb) => (familyId ? eb.or([eb('user_id', '=', userId), eb('family_id', '=', familyId)]) : eb('user_id', '=', userId)))
    .orderBy('updated_at', 'desc')
    .execute();
}

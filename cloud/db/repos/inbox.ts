// The in-app inbox: messages to one user, newest first, read or not.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, InboxMessagesTable } from '../tables';

type InboxMessageRow = Selectable<InboxMessagesTable>;

export async function insertMessage(db: Kysely<Database>, row: Insertable<InboxMessagesTable>): Promise<void> {
  await db.insertInto('inbox_messages').values(row).execute();
}

export async function messagesOf(db: Kysely<Database>, userId: string, limit: number): Promise<InboxMessageRow[]> {
  return db
    .selectFrom('inbox_messages')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function unreadCountOf(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('inbox_messages')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The user's own message (another's is not found). */
export async function findMessageOf(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<Pick<InboxMessageRow, 'id' | 'read_at'> | undefined> {
  return db.selectFrom('inbox_messages').select(['id', 'read_at']).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

export async function markMessageRead(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('inbox_messages').set({ read_at: at }).where('id', '=', id).execute();
}

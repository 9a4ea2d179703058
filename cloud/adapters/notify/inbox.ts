// The in-app inbox. Written through the caller's transaction, so a message exists exactly when the
// change it announces does.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables';
import type { Notifier } from './notifier';
import { newId } from '../../core/ids';
import { insertMessage } from '../../db/repos/inbox';

export function inboxNotifier(db: Kysely<Database>, now: () => Date): Notifier {
  return {
    async send(userId, notice) {
      await insertMessage(db, {
        id: newId(),
        user_id: userId,
        title: notice.title,
        body: notice.body,
        link: notice.link ?? null,
        created_at: now().toISOString(),
        read_at: null,
      });
    },
  };
}

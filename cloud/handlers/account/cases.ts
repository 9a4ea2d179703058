// 我的办件 and the inbox.
import type { CaseSummary, InboxMessage } from '../../../domain/api/contract';
import { action } from '../../core/action';
import { notFound } from '../../core/errors';
import { requireCaller } from '../../core/guards';
import { casesOfPerson } from '../../db/repos/cases';
import { findMessageOf, markMessageRead, messagesOf, unreadCountOf } from '../../db/repos/inbox';
import { findUser } from '../../db/repos/users';
import { emptyInput, idInput } from '../common/schemas';

const INBOX_PAGE = 100;

/** The caller's own cases and those of their family (a spouse sees the registration the other filed). */
export const myCases = action(
  emptyInput,
  async (_input, ctx): Promise<CaseSummary[]> => {
    const caller = requireCaller(ctx);
    const user = await findUser(ctx.db, caller.userId);
    const familyId = user?.family_id ?? null;
    const rows = await casesOfPerson(ctx.db, { userId: caller.userId, familyId });
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      refId: r.ref_id,
      title: r.title,
      status: r.status,
      statusText: r.status_text,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      link: r.link,
    }));
  },
  requireCaller,
);

export const inbox = action(
  emptyInput,
  async (_input, ctx): Promise<InboxMessage[]> => {
    const caller = requireCaller(ctx);
    const rows = await messagesOf(ctx.db, caller.userId, INBOX_PAGE);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      ...(r.link ? { link: r.link } : {}),
      createdAt: r.created_at,
      read: r.read_at !== null,
    }));
  },
  requireCaller,
);

/** How many of the caller's messages are unread: the badge on the tab bar and on 我的 → 消息. */
export const unreadCount = action(
  emptyInput,
  async (_input, ctx): Promise<{ unread: number }> => {
    const caller = requireCaller(ctx);
    return { unread: await unreadCountOf(ctx.db, caller.userId) };
  },
  requireCaller,
);

export const markRead = action(
  idInput,
  async ({ id }, ctx) => {
    const caller = requireCaller(ctx);
    const message = await findMessageOf(ctx.db, caller.userId, id);
    if (!message) throw notFound('未找到该消息');
    if (message.read_at === null) {
      await markMessageRead(ctx.db, id, ctx.clock.now().toISOString());
    }
    return { ok: true as const };
  },
  requireCaller,
);

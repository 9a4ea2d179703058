// WeChat subscribe messages (订阅消息), the second channel beside the inbox. Used only by the
// CloudBase entry, which passes in `cloud.openapi.subscribeMessage.send`; nothing here imports
// wx-server-sdk.
//
// The template is one "办理进度提醒" chosen in the mini-program's admin console, with the keys
//   thing1 事项名称 · thing2 办理情况 · time3 更新时间
// and its id in env SUBSCRIBE_TEMPLATE_CASE_UPDATE. SUBSCRIBE_MINIPROGRAM_STATE picks which build a
// tap opens ('formal' by default; 'trial' / 'developer' for testing).
//
// A subscribe message is a courtesy: the user may not have subscribed (errCode 43101), the quota
// may be used up, WeChat may be down. None of that may fail or roll back the change it announces,
// so `send` only looks up the openid and queues, and `afterCommit` delivers, logging every failure.
import type { Kysely } from 'kysely';
import type { Env } from '../../core/env';
import type { Logger } from '../../core/logger';
import type { Database } from '../../db/tables';
import type { Notice, Notifier } from './notifier';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
  lang?: 'zh_CN';
}

/** `cloud.openapi.subscribeMessage.send` or a stand-in; resolves with WeChat's answer. */
export type SubscribeSend = (message: SubscribeMessage) => Promise<{ errCode?: number; errMsg?: string } | unknown>;

export interface SubscribeTemplates {
  caseUpdate?: string;
  miniprogramState: 'developer' | 'trial' | 'formal';
}

export function subscribeTemplatesFromEnv(env: Env = process.env): SubscribeTemplates {
  const state = env.SUBSCRIBE_MINIPROGRAM_STATE;
  return {
    ...(env.SUBSCRIBE_TEMPLATE_CASE_UPDATE ? { caseUpdate: env.SUBSCRIBE_TEMPLATE_CASE_UPDATE } : {}),
    miniprogramState: state === 'developer' || state === 'trial' ? state : 'formal',
  };
}

/** thing.DATA takes at most 20 characters. */
function thing(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= 20 ? chars.join('') : `${chars.slice(0, 19).join('')}…`;
}

/** time.DATA as WeChat wants it: 'YYYY-MM-DD HH:mm' in Beijing time. */
function beijingTime(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function subscribeNotifier(
  db: Kysely<Database>,
  options: { send: SubscribeSend; templates: SubscribeTemplates; log: Logger; now: () => Date },
): Notifier {
  const queue: SubscribeMessage[] = [];
  return {
    async send(userId: string, notice: Notice) {
      const templateId = options.templates.caseUpdate;
      if (!templateId) return;
      try {
        const user = await db.selectFrom('users').select('openid').where('id', '=', userId).executeTakeFirst();
        if (!user) return;
        queue.push({
          touser: user.openid,
          templateId,
          ...(notice.link ? { page: notice.link.replace(/^\//, '') } : {}),
          data: {
            thing1: { value: thing(notice.title) },
            thing2: { value: thing(notice.body) },
            time3: { value: beijingTime(options.now()) },
          },
          miniprogramState: options.templates.miniprogramState,
          lang: 'zh_CN',
        });
      } catch (e) {
        options.log.warn('subscribe message not queued', { error: e instanceof Error ? e.message : String(e) });
      }
    },
    async afterCommit() {
      for (const message of queue.splice(0)) {
        try {
          const answer = (await options.send(message)) as { errCode?: number; errMsg?: string } | undefined;
          if (answer && typeof answer.errCode === 'number' && answer.errCode !== 0) {
            options.log.warn('subscribe message refused', { errCode: answer.errCode, errMsg: answer.errMsg ?? '' });
          }
        } catch (e) {
          // 43101: the user has not subscribed (or used up the one-time consent). Expected, not an error.
          const err = e as { errCode?: number; message?: string };
          options.log.warn('subscribe message failed', { errCode: err.errCode ?? null, error: err.message ?? String(e) });
        }
      }
    },
  };
}

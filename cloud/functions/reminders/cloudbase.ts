// CloudBase entry of the reminder job, bundled by scripts/bundleFunctions.ts into
// cloudfunctions/reminders/index.js and run by a timer trigger: hourly, as config.json beside this
// file says (CloudBase reads it from cloudfunctions/reminders/config.json, so the bundler must copy
// it there). Not a function the mini-program calls: an invocation that carries a WeChat user
// (OPENID) is refused. Running it more often than hourly, or twice at once, sends nothing twice
// (reminders_sent).
import type { ApiResult } from '../../../domain/api/envelope';
import { errorFields } from '../../core/logger';
import { INTERNAL_MESSAGE } from '../../core/errors';
import { runReminders, type ReminderRun } from '../../jobs/reminders';
import { cloudRuntime, log, wxServerSdk } from '../cloudbaseEntry';

export async function main(): Promise<ApiResult<ReminderRun>> {
  try {
    if (wxServerSdk().getWXContext().OPENID) return { ok: false, error: { code: 'FORBIDDEN', message: '提醒任务由定时触发器运行' } };
    return { ok: true, data: await runReminders(await cloudRuntime()) };
  } catch (e) {
    log.error('reminder job failed', errorFields(e));
    return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
  }
}

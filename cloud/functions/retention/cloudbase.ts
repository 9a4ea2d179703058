// CloudBase entry of the retention job (cloud/jobs/retention.ts), bundled by scripts/bundleFunctions.ts
// into cloudfunctions/retention/index.js with config.json's hourly timer trigger. Not a function the
// mini-program calls: an invocation that carries a WeChat user (OPENID) is refused.
import type { ApiResult } from '../../../domain/api/envelope';
import { errorFields } from '../../core/logger';
import { INTERNAL_MESSAGE } from '../../core/errors';
import { runRetention, type RetentionRun } from '../../jobs/retention';
import { cloudRuntime, log, wxServerSdk } from '../cloudbaseEntry';

export async function main(): Promise<ApiResult<RetentionRun>> {
  try {
    if (wxServerSdk().getWXContext().OPENID) return { ok: false, error: { code: 'FORBIDDEN', message: '数据清理任务由定时触发器运行' } };
    return { ok: true, data: await runRetention(await cloudRuntime()) };
  } catch (e) {
    log.error('retention job failed', errorFields(e));
    return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
  }
}

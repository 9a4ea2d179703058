// Development and demo sign-in over the gateway. Never available in production: there the
// mini-program is identified by WeChat (CloudBase) or a real login flow.
import * as v from 'valibot';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { forbidden, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { createSession } from '../../db/repos/sessions';
import { createUser, findUserByOpenid } from '../../db/repos/users';
import { DEMO_ACCOUNTS, demoOpenid } from './demoAccounts';
import { buildMe } from './me';

export const DEV_LOGIN_REFUSED = '生产环境不提供演示登录';

export const devLogin = action(strictFields('登录信息', { demo: v.optional(oneOf('演示账号', DEMO_ACCOUNTS)) }), async ({ demo }, ctx) => {
  if (!ctx.devLogin) throw forbidden(DEV_LOGIN_REFUSED);
  const now = ctx.clock.now();
  let userId: string;
  if (demo) {
    const user = await findUserByOpenid(ctx.db, demoOpenid(demo));
    if (!user) throw notFound('演示账号尚未初始化，请先运行 npm run seed');
    userId = user.id;
  } else {
    userId = (await createUser(ctx.db, `dev:${newId()}`, now)).id;
  }
  const token = await createSession(ctx.db, userId, now);
  return { token, me: await buildMe(ctx.db, ctx.crypto, userId) };
});

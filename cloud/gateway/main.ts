// Starts the gateway: `npx tsx cloud/gateway/main.ts`.
// Env: PORT (8787), HOST (127.0.0.1), DATABASE_FILE / DATABASE_URL, FILES_DIR (.data/files),
// STATIC_DIR, NODE_ENV (development behaviour only for `development` / `test`: cloud/core/mode.ts),
// DEV_LOGIN (default on in development, refused otherwise), FIELD_KEY…, IDENTITY_PROVIDER.
// RATE_LIMITS (unset = production limits; 'relaxed' for local load runs, refused in production),
// TRUST_PROXY (behind a reverse proxy: '1', or its address/CIDR, so limits count real client addresses).
// (SUBSCRIBE_TEMPLATE_CASE_UPDATE / SUBSCRIBE_MINIPROGRAM_STATE are read by the CloudBase entry only.)
// Also runs the reminder and retention jobs (cloud/jobs/reminders.ts, retention.ts) at start and every hour.
import { resolve } from 'node:path';
import { systemClock } from '../core/clock';
import { createLogger, errorFields } from '../core/logger';
import { devLoginFromEnv, isProduction } from '../core/mode';
import { createDatabase } from '../db/createDatabase';
import { migrate } from '../db/migrate';
import { hasAnyUser, hasUsersWithOpenidPrefix } from '../db/repos/users';
import { createFieldCrypto, fieldKeysFromEnv } from '../security/fieldCrypto';
import { DEMO_OPENID_PREFIX } from '../handlers/account/demoAccounts';
import { createIdentityVerifier } from '../adapters/identity';
import { fillChildIdNumbers } from '../handlers/children/idNumbers';
import { fillMonitoringFacts } from '../handlers/dashboard/birthFacts';
import { buildServer } from './server';
import { limitsFromEnv } from '../security/rateLimits';

async function main(): Promise<void> {
  const env = process.env;
  const log = createLogger();
  const production = isProduction(env);
  const devLogin = devLoginFromEnv(env);
  if (production && devLogin) throw new Error('生产环境不能开启演示登录（请去掉 DEV_LOGIN）');
  const limits = limitsFromEnv(env);

  // Every production refusal (keys, identity provider) happens before the database is touched.
  const crypto = createFieldCrypto(fieldKeysFromEnv(env, (m) => log.warn(m)));
  const identity = createIdentityVerifier(env);
  const db = createDatabase({}, env);
  const applied = await migrate(db);
  if (applied.length > 0) log.info('migrations applied', { applied });
  const filled = await fillChildIdNumbers(db, crypto);
  if (filled > 0) log.info('child ID numbers filled in', { filled });
  const facts = await fillMonitoringFacts(db, crypto);
  if (facts > 0) log.info('monitoring facts filled in', { facts });

  if (production) {
    if (await hasUsersWithOpenidPrefix(db, DEMO_OPENID_PREFIX)) throw new Error('数据库中有演示数据，生产环境拒绝启动');
  } else if (!(await hasAnyUser(db))) {
    // Loaded only here: a production gateway never has the demo seed in memory.
    const { seedDemo } = await import('../../scripts/seed');
    await seedDemo(db, systemClock, { crypto });
    log.info('empty database: demo data seeded');
  }

  const app = buildServer({
    db,
    devLogin,
    crypto,
    identity,
    log,
    limits,
    ...(env.TRUST_PROXY ? { trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY } : {}),
    ...(env.STATIC_DIR ? { staticDir: resolve(env.STATIC_DIR) } : {}),
  });
  const port = Number(env.PORT ?? 8787);
  const host = env.HOST ?? '127.0.0.1';
  await app.listen({ port, host });
  log.info(`gateway listening on http://${host}:${port}`, { devLogin, staticDir: env.STATIC_DIR ?? null });

  const stop = async (signal: string) => {
    log.info('stopping', { signal });
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  createLogger().error('gateway failed to start', errorFields(e));
  process.exit(1);
});

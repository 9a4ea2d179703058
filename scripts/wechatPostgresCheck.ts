// The WeChat paths on PostgreSQL, concurrently: sign-ins of one new person at once, access-token
// refreshes at once (the lease), the real-name daily cap under concurrent starts, the face check and
// the bound-elsewhere answer through the unique index, sign-out, the admin ending staff sessions, an
// idle staff session, the retention purge. Needs an empty throwaway database:
//   DATABASE_URL=postgres://… npx tsx scripts/wechatPostgresCheck.ts
// (Run against PostgreSQL 15 with the pg driver: every line ok.)
import { createPostgresDatabase } from '../cloud/db/postgres';
import { migrate } from '../cloud/db/migrate';
import { buildServer } from '../cloud/gateway/server';
import { createWechatClient } from '../cloud/adapters/wechat/client';
import { createWechatFaceVerifier } from '../cloud/adapters/identity/wechatFace';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { silentLogger } from '../cloud/core/logger';
import { seedDemo } from './seed';
import { runRetention } from '../cloud/jobs/retention';
import { createLocalDiskFileStore } from '../cloud/adapters/files';
import { startWechatStandIn } from '../test/wechat/standIn';
import { sampleIdNumber } from '../test/fixtures/people';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = join(tmpdir(), `wechat-pg-check-${process.pid}`);

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL=postgres://… of an empty throwaway database');
  const db = createPostgresDatabase(url);
  console.log('migrated', await migrate(db));
  const crypto = createFieldCrypto({ currentId: 't1', keys: { t1: randomBytes(32) }, hashKey: randomBytes(32) });
  let now = new Date('2026-11-28T02:00:00Z');
  const clock = { now: () => now };
  await seedDemo(db, clock, { crypto });
  const wx = await startWechatStandIn();
  wx.setNow(() => Math.floor(now.getTime() / 1000));
  const wechat = createWechatClient({
    config: { appid: wx.appid, secret: wx.secret, apiBase: wx.base },
    crypto,
    log: silentLogger,
    clock,
    sleep: async () => {},
  });
  const app = buildServer({
    db,
    clock,
    crypto,
    log: silentLogger,
    devLogin: true,
    reminders: false,
    wechat,
    identity: createWechatFaceVerifier(),
    files: createLocalDiskFileStore(FILES),
  });
  const call = async (token: string | undefined, fn: string, action: string, input: unknown = {}) =>
    (
      await app.inject({
        method: 'POST',
        url: `/api/${fn}`,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        payload: { action, input },
      })
    ).json();
  const check = (label: string, ok: boolean, detail?: unknown) => {
    console.log(ok ? 'ok  ' : 'FAIL', label, ok ? '' : JSON.stringify(detail));
    if (!ok) process.exitCode = 1;
  };

  const openid = 'oPG_concurrent';
  const signIns = await Promise.all(
    [1, 2, 3, 4].map(() => call(undefined, 'account', 'signIn', { code: wx.loginCode({ openid, unionid: 'uPG' }) })),
  );
  check(
    '4 concurrent sign-ins ok',
    signIns.every((r) => r.ok),
    signIns,
  );
  check('one user', new Set(signIns.map((r) => r.data?.me.userId)).size === 1);
  const users = await db.selectFrom('users').select(['id', 'unionid']).where('openid', '=', openid).execute();
  check('one row, unionid kept', users.length === 1 && users[0]!.unionid === 'uPG', users);
  const token = signIns[0].data.token;

  const phones = await Promise.all([1, 2, 3].map((i) => call(token, 'account', 'bindPhone', { code: wx.phoneCode(`1391234567${i}`) })));
  check(
    '3 concurrent phone exchanges (token lease)',
    phones.every((r) => r.ok),
    phones,
  );
  check('one token fetched', wx.tokenRequests() === 1, wx.tokenRequests());

  const starts = await Promise.all(
    [1, 2, 3, 4, 5, 6, 7].map((i) =>
      call(token, 'account', 'startVerify', { name: '测试', idNumber: sampleIdNumber('1995-01-01', 200 + 2 * i) }),
    ),
  );
  const okStarts = starts.filter((r) => r.ok).length;
  check(
    `daily cap under 7 concurrent starts (ok=${okStarts})`,
    okStarts <= 5 && starts.every((r) => r.ok || ['FORBIDDEN', 'CONFLICT'].includes(r.error.code)),
    starts.map((r) => r.ok || r.error),
  );
  const rows = await db.selectFrom('identity_attempts').select('attempt_no').where('user_id', '=', users[0]!.id).execute();
  check('attempt rows ≤ 5', rows.length <= 5, rows);

  const person = { name: '刀玉香', idNumber: sampleIdNumber('1996-02-02', 402) };
  wx.realPeople.set(person.idNumber, person.name);
  const t2 = (await call(undefined, 'account', 'signIn', { code: wx.loginCode({ openid: 'oPG_face' }) })).data.token;
  const start = await call(t2, 'account', 'startVerify', person);
  wx.faceDone(start.data.verifyId, 10000);
  const conf = await call(t2, 'account', 'confirmVerify', { verifyId: start.data.verifyId });
  check('face check verified', conf.ok && conf.data.verified, conf);
  const t3 = (await call(undefined, 'account', 'signIn', { code: wx.loginCode({ openid: 'oPG_face2' }) })).data.token;
  const s3 = await call(t3, 'account', 'startVerify', person);
  wx.faceDone(s3.data.verifyId, 10000);
  const bound = await call(t3, 'account', 'confirmVerify', { verifyId: s3.data.verifyId });
  check('bound elsewhere after passing → CONFLICT (PG unique index path)', !bound.ok && bound.error.code === 'CONFLICT', bound);

  check('sign-out', (await call(token, 'account', 'signOut')).ok);
  check('after sign-out → UNAUTHENTICATED', (await call(token, 'account', 'me')).error?.code === 'UNAUTHENTICATED');
  const admin = (await call(undefined, 'account', 'devLogin', { demo: 'admin' })).data.token;
  const police = await call(undefined, 'account', 'devLogin', { demo: 'police' });
  const list = await call(admin, 'account', 'staffSessions', { userId: police.data.me.userId });
  check('staff sessions listed', list.ok && list.data.length >= 1, list);
  const ended = await call(admin, 'account', 'endStaffSessions', { userId: police.data.me.userId });
  check('staff sessions ended', ended.ok && ended.data.ended >= 1, ended);
  const p2 = await call(undefined, 'account', 'devLogin', { demo: 'police' });
  now = new Date(now.getTime() + 31 * 60_000);
  check('idle staff session expired', (await call(p2.data.token, 'account', 'me')).error?.code === 'UNAUTHENTICATED');
  now = new Date(now.getTime() + 40 * 24 * 3600_000);
  const run = await runRetention({ db, clock, files: createLocalDiskFileStore(FILES), log: silentLogger });
  check(`retention purged sessions (${run.sessionsDeleted})`, run.sessionsDeleted > 0, run);
  await app.close();
  await wx.close();
  await db.destroy();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

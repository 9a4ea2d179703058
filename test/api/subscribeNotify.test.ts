// WeChat subscribe messages: composed beside the inbox, delivered only after the transaction
// commits, and never able to fail the change they announce.
import { inboxNotifier } from '../../cloud/adapters/notify/inbox';
import { composeNotifiers } from '../../cloud/adapters/notify/notifier';
import {
  subscribeNotifier,
  subscribeTemplatesFromEnv,
  type SubscribeMessage,
  type SubscribeSend,
} from '../../cloud/adapters/notify/wechatSubscribe';
import type { NotifierFactory } from '../../cloud/core/context';
import { createHarness, type Harness } from './harness';
import { submittedCase } from './birthPeople';

let h: Harness;
let sent: { message: SubscribeMessage; casesVisible: number }[] = [];
let behaviour: 'ok' | 'throw' | 'refuse' = 'ok';

const send: SubscribeSend = async (message) => {
  // Runs after commit: a read on the shared connection sees the new case (inside the transaction it could not even start).
  const { n } = await h.db
    .selectFrom('birth_cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  sent.push({ message, casesVisible: Number(n) });
  if (behaviour === 'throw') throw Object.assign(new Error('user has not subscribed'), { errCode: 43101 });
  if (behaviour === 'refuse') return { errCode: 47003, errMsg: 'argument invalid' };
  return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
};

const templates = subscribeTemplatesFromEnv({ SUBSCRIBE_TEMPLATE_CASE_UPDATE: 'tmpl-case-update', SUBSCRIBE_MINIPROGRAM_STATE: 'trial' });

beforeAll(async () => {
  const notifier: NotifierFactory = (db, clock) =>
    composeNotifiers(
      inboxNotifier(db, () => clock.now()),
      subscribeNotifier(db, {
        send,
        templates,
        log: { info() {}, warn: (m, f) => h.logs.push({ level: 'warn', message: m, ...(f ? { fields: f } : {}) }), error() {} },
        now: () => clock.now(),
      }),
    );
  h = await createHarness({ notifier });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  sent = [];
  behaviour = 'ok';
});

test('a submit sends one subscribe message after commit, short fields, to the applicant', async () => {
  const before = Number(
    (
      await h.db
        .selectFrom('birth_cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const fam = await submittedCase(h);
  expect(sent).toHaveLength(1);
  const { message, casesVisible } = sent[0]!;
  expect(casesVisible).toBe(before + 1);
  const user = await h.db
    .selectFrom('users')
    .select('openid')
    .where('id', '=', (await h.ok(fam.token, 'account', 'me')).userId)
    .executeTakeFirstOrThrow();
  expect(message).toMatchObject({
    touser: user.openid,
    templateId: 'tmpl-case-update',
    page: `packages/birth/case/index?id=${fam.view.id}`,
    miniprogramState: 'trial',
    data: { thing1: { value: '出生一件事已受理' }, time3: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) } },
  });
  for (const { value } of Object.values(message.data)) expect(Array.from(value).length).toBeLessThanOrEqual(20);
  expect(await h.ok(fam.token, 'account', 'inbox')).toHaveLength(1);
});

test('WeChat failing or refusing changes nothing: the answer is ok, the inbox has it, a warning is logged', async () => {
  behaviour = 'throw';
  const fam = await submittedCase(h);
  expect(fam.view.status).toBe('in_progress');
  expect(await h.ok(fam.token, 'account', 'inbox')).toHaveLength(1);
  expect(h.logs).toContainEqual(
    expect.objectContaining({ level: 'warn', message: 'subscribe message failed', fields: expect.objectContaining({ errCode: 43101 }) }),
  );
  behaviour = 'refuse';
  await submittedCase(h);
  expect(h.logs).toContainEqual(
    expect.objectContaining({ level: 'warn', message: 'subscribe message refused', fields: expect.objectContaining({ errCode: 47003 }) }),
  );
});

test('a request that fails sends nothing; an idempotent replay sends nothing again', async () => {
  const fam = await submittedCase(h);
  sent = [];
  // The same child again under a new key: refused inside the transaction, so nothing was queued.
  expect(await h.call(fam.token, 'birth', 'submit', fam.input, 'another-key-1')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(sent).toEqual([]);

  const other = await submittedCase(h);
  sent = [];
  const input = { ...other.input, child: { ...other.input.child, name: '测试二宝' } };
  await h.ok(other.token, 'birth', 'submit', input, 'twin-key-0001');
  await h.ok(other.token, 'birth', 'submit', input, 'twin-key-0001');
  expect(sent).toHaveLength(1);
});

test('without a template id nothing is queued', async () => {
  const quiet = subscribeNotifier(h.db, {
    send,
    templates: subscribeTemplatesFromEnv({}),
    log: { info() {}, warn() {}, error() {} },
    now: () => new Date(),
  });
  await quiet.send('anyone', { title: 't', body: 'b' });
  await quiet.afterCommit!();
  expect(sent).toEqual([]);
});

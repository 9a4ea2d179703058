// The retention job on a real SQLite file: unattached uploads older than 30 days go (row and bytes),
// attached ones stay whatever their age, idempotency answers go after 7 days.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RETENTION } from '../../domain/retention';
import { createLocalDiskFileStore } from '../../cloud/adapters/files';
import { runRetention } from '../../cloud/jobs/retention';
import { buildServer } from '../../cloud/gateway/server';
import { createHarness, LENIENT_SESSIONS, NOW, type Harness } from './harness';
import { birthInput } from './birthPeople';
import { father, mother, newKey, registrationInput, verifiedUser } from './people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF 户口簿样例 '.repeat(20))]);
const DAY = 24 * 60 * 60 * 1000;

function storedCount(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    n += statSync(path).isDirectory() ? storedCount(path) : 1;
  }
  return n;
}

// The same store (folder) the gateway wrote the bytes to.
const createStore = () => createLocalDiskFileStore(h.filesDir);
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const run = () => runRetention({ db: h.db, clock: h.clock, files: createStore(), log: quiet, sessionPolicy: LENIENT_SESSIONS });

async function upload(token: string): Promise<string> {
  const res = await h.upload(token, { bytes: JPEG, kind: 'hukou_book' });
  expect(res.statusCode).toBe(200);
  return res.json().data.fileId as string;
}

async function fileRow(id: string) {
  return h.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

test('the periods are the ones the privacy notice states', () => {
  expect(RETENTION.unattachedUploads.days).toBe(30);
  expect(RETENTION.idempotencyKeys.days).toBe(7);
  expect(RETENTION.deviceDrafts.days).toBe(30);
});

test('unattached uploads older than 30 days lose row and bytes; attached and recent ones stay', async () => {
  h.clock.set(NOW);
  const applicant = mother();
  const otherParent = father();
  const { token } = await verifiedUser(h, applicant);
  const loose = await upload(token);
  const attached = await upload(token);
  const base = birthInput(applicant, otherParent);
  await h.ok(
    token,
    'birth',
    'submit',
    {
      ...base,
      otherParent: { ...base.otherParent, hukouTownship: 'outside', hukouAddress: '云南省芒市测试路2号' },
      household: { ...base.household, hukouTownship: 'outside', address: '云南省芒市测试路2号' },
      attachments: [{ kind: 'hukou_book', fileId: attached }],
    },
    newKey(),
  );
  const looseKey = (await fileRow(loose))!.storage_key;
  const bytesBefore = storedCount(h.filesDir);

  // Day 29: nothing is old enough.
  h.clock.set(new Date(NOW.getTime() + 29 * DAY));
  expect((await run()).filesDeleted).toBe(0);
  expect(await fileRow(loose)).toBeDefined();

  // A fresh upload on day 29 is only a day old on day 31.
  const recent = await upload(token);
  h.clock.set(new Date(NOW.getTime() + 31 * DAY));
  const result = await run();
  expect(result).toMatchObject({ filesDeleted: 1, failed: 0 });
  expect(await fileRow(loose)).toBeUndefined();
  expect(await fileRow(attached)).toBeDefined();
  expect(await fileRow(recent)).toBeDefined();
  expect(storedCount(h.filesDir)).toBe(bytesBefore); // one removed, one (recent) added
  expect(await createStore().get(looseKey)).toBeUndefined();
  expect(await createStore().get((await fileRow(attached))!.storage_key)).toBeDefined();

  // A second run finds nothing more.
  expect((await run()).filesDeleted).toBe(0);
  h.clock.set(NOW);
});

test('a subsidy application’s 户口簿 page is attached too', async () => {
  h.clock.set(NOW);
  const { token } = await verifiedUser(h, mother());
  const id = await upload(token);
  // Attach it the way subsidy.apply does, without running the whole claim.
  const app = await h.db.selectFrom('subsidy_applications').select('id').executeTakeFirst();
  expect(app).toBeDefined();
  const previous = await h.db
    .selectFrom('subsidy_applications')
    .select('papers_file_id')
    .where('id', '=', app!.id)
    .executeTakeFirstOrThrow();
  await h.db.updateTable('subsidy_applications').set({ papers_file_id: id }).where('id', '=', app!.id).execute();
  h.clock.set(new Date(NOW.getTime() + 40 * DAY));
  await run();
  expect(await fileRow(id)).toBeDefined();
  await h.db.updateTable('subsidy_applications').set({ papers_file_id: previous.papers_file_id }).where('id', '=', app!.id).execute();
  await run();
  expect(await fileRow(id)).toBeUndefined();
  h.clock.set(NOW);
});

test('idempotency answers are deleted after 7 days, younger ones kept', async () => {
  h.clock.set(NOW);
  const key = newKey();
  const applicant = mother();
  const { token } = await verifiedUser(h, applicant);
  await h.ok(token, 'registration', 'submit', registrationInput(applicant, father()), key);
  const count = async () =>
    Number(
      (
        await h.db
          .selectFrom('idempotency_keys')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('key', '=', key)
          .executeTakeFirstOrThrow()
      ).n,
    );
  expect(await count()).toBe(1);

  h.clock.set(new Date(NOW.getTime() + 6 * DAY));
  await run();
  expect(await count()).toBe(1);

  h.clock.set(new Date(NOW.getTime() + 7 * DAY + 60_000));
  const result = await run();
  expect(result.idempotencyKeysDeleted).toBeGreaterThanOrEqual(1);
  expect(await count()).toBe(0);
  // The registration it answered for is a record of the case: it stays.
  expect((await h.ok(token, 'registration', 'mine')).length).toBe(1);
  h.clock.set(NOW);
});

test('a large backlog goes in batches, the event loop given back between them; young rows stay', async () => {
  h.clock.set(NOW);
  const { token } = await verifiedUser(h, mother());
  const userId = (await h.ok(token, 'account', 'me')).userId as string;
  const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();
  const keys = Array.from({ length: 1300 }, (_, i) => ({
    user_id: userId,
    key: `backlog-${i}`,
    fn: 'registration',
    action: 'submit',
    result_json: 'x',
    created_at: at(i % 2 === 0 ? -8 : -1),
  }));
  const counters = Array.from({ length: 1200 }, (_, i) => ({
    bucket: `backlog:${i}`,
    window_start: at(-1),
    n: 1,
    expires_at: at(i < 1100 ? -0.5 : 1),
  }));
  for (let i = 0; i < keys.length; i += 300)
    await h.db
      .insertInto('idempotency_keys')
      .values(keys.slice(i, i + 300))
      .execute();
  for (let i = 0; i < counters.length; i += 300)
    await h.db
      .insertInto('rate_counters')
      .values(counters.slice(i, i + 300))
      .execute();

  let pauses = 0;
  const result = await runRetention(
    { db: h.db, clock: h.clock, files: createStore(), log: quiet, sessionPolicy: LENIENT_SESSIONS },
    { pause: async () => void (pauses += 1) },
  );
  expect(result.idempotencyKeysDeleted).toBeGreaterThanOrEqual(650);
  expect(result.countersDeleted).toBeGreaterThanOrEqual(1100);
  const left = await h.db.selectFrom('idempotency_keys').select('created_at').where('key', 'like', 'backlog-%').execute();
  expect(left).toHaveLength(650);
  expect(left.every((r) => r.created_at === at(-1))).toBe(true);
  expect(await h.db.selectFrom('rate_counters').select('bucket').where('bucket', 'like', 'backlog:%').execute()).toHaveLength(100);
  // 650 keys and 1 100 counters in batches of 500: at least two and three statements, a pause after each.
  expect(pauses).toBeGreaterThanOrEqual(2 + 3);
});

test('the gateway runs the job when it is ready (beside the reminders) and finishes the run before it closes', async () => {
  h.clock.set(NOW);
  const { token } = await verifiedUser(h, mother());
  const id = await upload(token);
  const later = { now: () => new Date(NOW.getTime() + 45 * DAY) };
  const app = buildServer({
    db: h.db,
    clock: later,
    crypto: h.crypto,
    files: createStore(),
    log: quiet,
    devLogin: false,
    reminders: false,
    retention: { intervalMs: 60_000 },
  });
  await app.ready();
  await app.close();
  expect(await fileRow(id)).toBeUndefined();
});

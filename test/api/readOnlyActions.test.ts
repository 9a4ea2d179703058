// Actions marked `reads: 'only'` run without a transaction on a handle that refuses writes
// (cloud/core/dispatch.ts, cloud/db/transaction.ts readOnly): they answer as before, validation and
// sign-in checks still apply, and an action so marked that writes fails without writing anything.
import { dispatch, type FunctionDef } from '../../cloud/core/dispatch';
import { createRuntime } from '../../cloud/core/runtime';
import { silentLogger } from '../../cloud/core/logger';
import { nurseryFunction } from '../../cloud/functions/nursery';
import { accountFunction } from '../../cloud/functions/account';
import { createHarness, type Harness } from './harness';
import { verifiedUser, mother } from './people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

test('the public nursery reads and account.me are marked read-only', () => {
  expect(nurseryFunction.actions.search!.reads).toBe('only');
  expect(nurseryFunction.actions.detail!.reads).toBe('only');
  expect(accountFunction.actions.me!.reads).toBe('only');
  // Writes are not.
  expect(nurseryFunction.actions.bookVisit!.reads).toBeUndefined();
});

test('a read-only search still validates its input and answers', async () => {
  const bad = await h.callRaw(undefined, 'nursery', 'search', { near: { lat: 'x' } });
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const good = await h.call(undefined, 'nursery', 'search', { township: 'pingyuan', limit: 5 });
  expect(good.ok).toBe(true);
  expect((good as { data: { items: unknown[] } }).data.items.length).toBeGreaterThan(0);
  const me = await h.call(undefined, 'account', 'me', {});
  expect(me).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  const { token } = await verifiedUser(h, mother());
  expect((await h.call(token, 'account', 'me', {})).ok).toBe(true);
});

test('an action marked read-only that writes is refused before the write, and nothing is written', async () => {
  const runtime = createRuntime({ db: h.db, crypto: h.crypto, clock: h.clock, log: silentLogger, devLogin: false });
  const writes: FunctionDef = {
    name: 'nursery',
    actions: {
      sneaky: {
        reads: 'only',
        handler: async (_input, ctx) => {
          await ctx.db.insertInto('families').values({ id: 'read-only-family', created_at: new Date().toISOString() }).execute();
          return 'wrote';
        },
      },
    },
  };
  const result = await dispatch(writes, { action: 'sneaky', input: {} }, { runtime, caller: null });
  expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(await h.db.selectFrom('families').select('id').where('id', '=', 'read-only-family').execute()).toEqual([]);
});

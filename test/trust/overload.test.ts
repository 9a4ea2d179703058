// Overload answers 503 early instead of queueing (@fastify/under-pressure): once requests have been
// waiting behind a blocked event loop, new ones get the envelope with a Chinese message.
import { OVERLOADED_MESSAGE } from '../../cloud/core/errors';
import { PRODUCTION_PRESSURE } from '../../cloud/gateway/hardening';
import { createHarness, type Harness } from '../api/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({
    seed: 'townships',
    pressure: { maxEventLoopDelayMs: 100, maxHeapUsedBytes: PRODUCTION_PRESSURE.maxHeapUsedBytes },
  });
});
afterAll(() => h.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a blocked event loop makes the gateway shed new requests with 503', async () => {
  await h.app.ready();
  await sleep(50);
  // The process is stuck in 200 ms stretches for over two sample intervals: every request arriving
  // meanwhile would queue behind them.
  const until = Date.now() + 2500;
  while (Date.now() < until) {
    const busyUntil = Date.now() + 200;
    while (Date.now() < busyUntil) {
      // busy
    }
    await sleep(0);
  }
  let res = await h.app.inject({ method: 'POST', url: '/api/account', payload: { action: 'me', input: {} } });
  for (let i = 0; i < 20 && res.statusCode !== 503; i += 1) {
    await sleep(5);
    res = await h.app.inject({ method: 'POST', url: '/api/account', payload: { action: 'me', input: {} } });
  }
  expect(res.statusCode).toBe(503);
  expect(res.json()).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: OVERLOADED_MESSAGE } });
  expect(res.headers['retry-after']).toBe('10');
});

test('production sheds on waiting, not on being busy', () => {
  expect(PRODUCTION_PRESSURE.maxEventLoopDelayMs).toBeLessThanOrEqual(1000);
});

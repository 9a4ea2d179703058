// Finding: a clinic or police clerk listed every child born on a day by calling vaccine.findChildren
// with 533123 + the date + 000…999 (1 000 calls in 3 s); the audit log recorded it, nothing stopped
// it. Now a look-up takes the whole valid number only, a clerk's look-ups are limited per hour (in
// the database), and the health bureau sees the unusual volume flagged on the 审计日志 page.
import { PRODUCTION_LIMITS } from '../../cloud/security/rateLimits';
import { createHarness, type Harness } from '../api/harness';
import { sampleIdNumber } from '../fixtures/people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ limits: PRODUCTION_LIMITS });
});
afterAll(() => h.close());

const DAY = '2026-03-14';

test('a prefix or a number failing its check is refused, naming the field', async () => {
  const { token } = await h.login('police');
  for (const idNumber of ['533123', `533123${DAY.replace(/-/g, '')}`, `533123${DAY.replace(/-/g, '')}001`]) {
    expect(await h.call(token, 'vaccine', 'findChildren', { idNumber })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idNumber: expect.stringContaining('公民身份号码') } },
    });
  }
});

test('walking the sequence numbers of one day is stopped within the hour and flagged to the bureau', async () => {
  const { token, me } = await h.login('clinic');
  const { max } = PRODUCTION_LIMITS.actions['vaccine.findChildren']!.perCaller!;
  const flagAt = PRODUCTION_LIMITS.actions['vaccine.findChildren']!.flagAt!;
  let answered = 0;
  let stopped: { status: number; body: any } | undefined;
  for (let seq = 0; seq < 1000; seq += 1) {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/vaccine',
      headers: { authorization: `Bearer ${token}` },
      payload: { action: 'findChildren', input: { idNumber: sampleIdNumber(DAY, seq) } },
    });
    if (res.statusCode === 429) {
      stopped = { status: res.statusCode, body: res.json() };
      break;
    }
    expect(res.json().ok).toBe(true);
    answered += 1;
  }
  expect(answered).toBe(max);
  expect(stopped?.body).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '操作过于频繁，请1小时后再试' } });

  // Still stopped a little later in the same hour; the count is in the database, not this process.
  h.clock.set(new Date(h.clock.now().getTime() + 10 * 60 * 1000));
  expect((await h.call(token, 'vaccine', 'findChildren', { idNumber: sampleIdNumber(DAY, 999) })).ok).toBe(false);

  const bureau = (await h.login('health_bureau')).token;
  const flagged = await h.ok(bureau, 'audit', 'auditLog', { flagged: true, action: 'volume.flag' });
  const mine = flagged.items.filter((e) => e.actorUserId === me.userId);
  expect(mine.map((e) => e.detail.count).sort((a, b) => Number(a) - Number(b))).toEqual([flagAt, max + 1]);
  expect(mine.find((e) => e.detail.count === max + 1)?.detail).toMatchObject({ call: 'vaccine.findChildren', stopped: true });
});

// dashboard.openQuestions through the gateway: the health bureau reads every open question by topic;
// nobody else does (the access matrix covers every caller; here the answer itself).
import { openQuestionTopics } from '../../domain/openQuestions';
import { createHarness, type Harness } from './harness';
import { verifiedUser } from './people';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

test('the health bureau gets every topic with its notes', async () => {
  const bureau = (await h.login('health_bureau')).token;
  const topics = await h.ok(bureau, 'dashboard', 'openQuestions', {});
  expect(topics).toEqual(openQuestionTopics());
  expect(topics.map((t) => t.topic)).toEqual(expect.arrayContaining(['生育补贴', '孕产妇保健', '预防接种', '托育']));
});

test('a parent or another department is refused, and bad input names the field', async () => {
  const { token: parent } = await verifiedUser(h);
  const clinic = (await h.login('clinic')).token;
  for (const token of [parent, clinic])
    expect(await h.call(token, 'dashboard', 'openQuestions', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const bureau = (await h.login('health_bureau')).token;
  expect(await h.callRaw(bureau, 'dashboard', 'openQuestions', { topic: 'x' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { topic: expect.stringContaining('topic') } },
  });
});

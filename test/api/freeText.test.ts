// Free-text reasons (a department's rejection, the bureau's correction, the applicant's cancellation)
// are stored in clear, written to the audit log and sent as messages. An ID number or a phone typed
// into one is masked before any of that (docs/decisions.md §7).
import { applicationTables } from '../../cloud/db/engine';
import { everythingAtRest } from '../support/testDatabase';
import { createHarness, type Harness } from './harness';
import { clerks, submittedCase, type Clerks } from './birthPeople';
import { submitted } from './people';

let h: Harness;
let c: Clerks;
beforeAll(async () => {
  h = await createHarness();
  c = await clerks(h);
});
afterAll(async () => {
  await h.close();
});

const ID = '533123199405129820';
const ID_MASKED = '5331**********9820';
const PHONE = '13912345678';
const PHONE_MASKED = '139****5678';
const typed = (what: string) => `${what}：身份证号${ID}，电话${PHONE}`;

/** Every text column of every table, as one string: where a clear number could have been stored. */
const everythingStored = async (): Promise<string> => everythingAtRest(h.db, await applicationTables(h.db));

test('a rejection reason: masked in the step, its event, the audit log, the message and every view', async () => {
  const fam = await submittedCase(h);
  const id = fam.view.id;
  const work = await h.ok(c.birth_certificate, 'birth', 'rejectStep', {
    caseId: id,
    step: 'birth_certificate',
    reason: typed('母亲信息有误'),
  });
  expect(work.events.at(-1)!.note).toBe(typed('母亲信息有误').replace(ID, ID_MASKED).replace(PHONE, PHONE_MASKED));
  const view = await h.ok(fam.token, 'birth', 'get', { id });
  expect(view.steps[0]!.rejectReason).toBe(`母亲信息有误：身份证号${ID_MASKED}，电话${PHONE_MASKED}`);
  const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title.endsWith('需要补正'))!;
  expect(message.body).toContain(ID_MASKED);
  const audit = await h.db
    .selectFrom('audit_log')
    .select('detail_json')
    .where('target_id', '=', id)
    .where('action', '=', 'bundle.reject')
    .executeTakeFirstOrThrow();
  expect(JSON.parse(audit.detail_json).reason).toContain(ID_MASKED);
  const stored = await everythingStored();
  expect(stored).not.toContain(ID);
  expect(stored).not.toContain(PHONE);
});

test('a correction reason (bureau) and a cancellation reason (applicant): masked wherever they go', async () => {
  const bureau = (await h.login('health_bureau')).token;
  const { token, view, input } = await submitted(h);
  const corrected = await h.ok(bureau, 'registration', 'correctRegistration', {
    id: view.id,
    input: { ...input, township: 'zhanxi' },
    reason: typed('现居住地核实为盏西镇'),
  });
  expect(corrected.corrections.at(-1)!.reason).toBe(`现居住地核实为盏西镇：身份证号${ID_MASKED}，电话${PHONE_MASKED}`);
  const cancelled = await h.ok(token, 'registration', 'cancel', { id: view.id, reason: typed('信息填错') });
  expect(cancelled.cancelReason).toBe(`信息填错：身份证号${ID_MASKED}，电话${PHONE_MASKED}`);
  const bodies = (await h.ok(token, 'account', 'inbox')).map((m: { body: string }) => m.body).join('\n');
  expect(bodies).toContain(`更正原因：现居住地核实为盏西镇：身份证号${ID_MASKED}`);
  expect(bodies).toContain(`注销原因：信息填错：身份证号${ID_MASKED}`);
  const audit = await h.db
    .selectFrom('audit_log')
    .select('detail_json')
    .where('target_id', '=', view.id)
    .where('action', '=', 'registration.correct')
    .executeTakeFirstOrThrow();
  expect(JSON.parse(audit.detail_json).reason).toContain(ID_MASKED);
  const stored = await everythingStored();
  expect(stored).not.toContain(ID);
  expect(stored).not.toContain(PHONE);
});

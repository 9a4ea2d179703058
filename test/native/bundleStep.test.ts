// The compiled clerk page for one 出生一件事 step (dist/packages/staff/bundle-step/index): a
// 出生医学证明 clerk opens a pending step, accepts it, and gets the completion form.
import type { StepWork } from '@domain/birth/views';
import {
  all,
  answerApi,
  apiCalls,
  attr,
  byClass,
  closest,
  findByText,
  loadPage,
  queryAllByText,
  renderPage,
  requests,
  resetWx,
  seedSession,
  storage,
  tap,
  unmountAll,
  waitFor,
  wx,
  type RenderedPage,
} from './harness';

const QUERY = { caseId: 'c1', step: 'birth_certificate' };
const since = new Date(Date.now() - 5 * 60000).toISOString();

const pending: StepWork = {
  caseId: 'c1',
  caseNumber: 'CS-2026-000123',
  step: 'birth_certificate',
  status: 'pending',
  since,
  data: [
    { label: '孩子姓名', value: '岳小宝' },
    { label: '母亲', value: '岳小芳 5331**********1228' },
  ],
  events: [{ at: since, status: 'pending', by: 'parent' }],
  childBirthDate: '2026-11-18',
};
const accepted: StepWork = {
  ...pending,
  status: 'accepted',
  events: [...pending.events, { at: new Date().toISOString(), status: 'accepted', by: 'clerk' }],
};

let id: string;

beforeAll(async () => {
  storage.clear();
  seedSession();
  id = await loadPage('packages/staff/bundle-step/index');
});

beforeEach(() => {
  answerApi({ 'birth.bundleStep': pending, 'birth.acceptStep': accepted });
});

afterEach(() => {
  unmountAll();
  resetWx();
});

/** The rows of a card, as [label, value] pairs. */
const rows = (el: Element) => byClass(el, 'kv').map((kv) => [byClass(kv, 'kv-key')[0].textContent, byClass(kv, 'kv-value')[0].textContent]);
/** The card whose title is `title`. */
function card(page: RenderedPage, title: string): Element {
  const hit = byClass(page.root, 'card').find((c) => byClass(c, 'card-title')[0]?.textContent === title);
  if (!hit) throw new Error(`No card ${title} in: ${page.text()}`);
  return hit;
}

async function open(): Promise<RenderedPage> {
  const page = await renderPage(id, QUERY);
  await waitFor(() => findByText(page.root, '办理所需信息'));
  return page;
}

test('shows the pending step with the data the department needs', async () => {
  const page = await open();
  expect(apiCalls('birth')).toEqual([{ action: 'bundleStep', input: { caseId: 'c1', step: 'birth_certificate' } }]);
  expect(requests[0].header).toMatchObject({ Authorization: 'Bearer t' });
  expect(page.text()).toContain('出生医学证明');
  expect(page.text()).toContain('申请编号 CS-2026-000123');
  expect(byClass(page.root, 'status-tag').map((t) => t.textContent)).toContain('待受理');
  expect(rows(card(page, '办理所需信息'))).toEqual([
    ['孩子姓名', '岳小宝'],
    ['母亲', '岳小芳 5331**********1228'],
  ]);
  // pending: 受理 (and 退回补正), but no completion form yet
  expect(closest(findByText(page.root, '受理'), 'button')).toBeTruthy();
  expect(queryAllByText(page.root, '办结并通知申请人')).toHaveLength(0);
  expect(page.text()).not.toContain('出生医学证明编号');
});

test('受理 accepts the step, then the page offers 办结 with the certificate number', async () => {
  const page = await open();
  await tap(closest(findByText(page.root, '受理'), 'button'));
  await waitFor(() => expect(apiCalls('birth').map((c) => c.action)).toEqual(['bundleStep', 'acceptStep']));
  expect(apiCalls('birth')[1]).toEqual({ action: 'acceptStep', input: { caseId: 'c1', step: 'birth_certificate' } });

  await waitFor(() => findByText(page.root, '办结并通知申请人'));
  expect(closest(findByText(page.root, '办结并通知申请人'), 'button')).toBeTruthy();
  expect(queryAllByText(page.root, '受理')).toHaveLength(0);
  expect(byClass(page.root, 'status-tag').map((t) => t.textContent)).toContain('办理中');
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已受理', icon: 'success' }));

  // the certificate-number field, with an empty input and its format hint
  const certificate = byClass(page.root, 'field').find((f) => byClass(f, 'field-label')[0]?.textContent?.startsWith('出生医学证明编号'));
  expect(certificate).toBeDefined();
  const inputs = all(certificate!, 'input');
  expect(inputs).toHaveLength(1);
  expect(attr(inputs[0], 'value')).toBe('');
  expect(attr(inputs[0], 'name')).toBe('result.certificateNumber');
  expect(byClass(certificate!, 'field-hint')[0].textContent).toContain('Q530012345');
  // the data rows stay
  expect(rows(card(page, '办理所需信息'))).toHaveLength(2);
});

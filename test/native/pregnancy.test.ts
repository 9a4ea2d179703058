// The compiled 孕期保健 page (dist/packages/maternal/index/index): the week, her risk colour in plain
// words with an accessible name, the calendar with what is free, and the start from the 生育登记.
import { checkCostIds, costLines } from '@domain/maternal/checkCosts';
import { pregnancyCalendar } from '@domain/maternal/pregnancyCalendar';
import { RISK_COLOUR_RULES } from '@domain/maternal/riskColours';
import type { PregnancyView } from '@domain/maternal/views';
import {
  answerApi,
  apiCalls,
  byClass,
  findByText,
  loadPage,
  renderPage,
  resetWx,
  seedSession,
  storage,
  tap,
  unmountAll,
  waitFor,
} from './harness';

const NOW = new Date('2026-11-28T02:00:00Z');
const TODAY = '2026-11-28';
const dating = { startDate: '2026-06-01', dueDate: '2027-03-08' };

const view: PregnancyView = {
  id: 'p1',
  version: 2,
  motherName: '玉罕',
  dating: { basis: 'lmp', lmp: '2026-06-01', reason: '按末次月经推算（末次月经第一天加280天）', ...dating },
  booked: { date: '2026-08-10', facility: '平原镇卫生院' },
  calendar: pregnancyCalendar(
    { dating },
    { 'prenatal-1': { date: '2026-08-10', facility: '平原镇卫生院', gestationalAgeText: '孕10周' } },
    TODAY,
  ),
  checkCosts: checkCostIds(),
  costs: costLines(),
  risk: {
    colours: ['yellow'],
    title: '黄色（一般风险）',
    assessedOn: '2026-11-20',
    facility: '盈江县人民医院',
    forMother: [RISK_COLOUR_RULES.yellow.forMother],
    whereToDeliver: RISK_COLOUR_RULES.yellow.whereToDeliver,
    specialCase: false,
    source: RISK_COLOUR_RULES.yellow.source,
  },
};

let id: string;

beforeAll(async () => {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'performance'],
  });
  storage.clear();
  seedSession();
  id = await loadPage('packages/maternal/index/index');
});

afterAll(() => jest.useRealTimers());

afterEach(() => {
  unmountAll();
  resetWx();
});

test('shows the week, the colour in plain words beside its dot, and the checks with their costs', async () => {
  answerApi({
    'maternal.mine': {
      pregnancies: [{ id: 'p1', dueDate: dating.dueDate, delivered: false, gestationalAgeText: '孕25周+5天' }],
      registrations: [],
    },
    'maternal.get': view,
  });
  const page = await renderPage(id);
  await waitFor(() => findByText(page.root, '孕25周+5天'));
  expect(apiCalls('maternal').map((c) => ({ action: c.action, input: c.input }))).toEqual([
    { action: 'mine', input: {} },
    { action: 'get', input: { id: 'p1' } },
  ]);
  expect(page.text()).toContain('预产期 2027-03-08');
  expect(page.text()).toContain('妊娠风险评估：黄色（一般风险）');
  expect(page.text()).toContain(RISK_COLOUR_RULES.yellow.whereToDeliver);
  // The colour is drawn and also said in words beside it (miniprogram-simulate keeps no aria attributes; the h5 test checks the label).
  expect(byClass(page.root, 'risk-dot-yellow')).toHaveLength(1);
  expect(byClass(page.root, 'risk-card')[0]!.textContent).toContain('黄色（一般风险）');
  const titles = byClass(page.root, 'check-title').map((t) => t.textContent);
  expect(titles.slice(0, 7)).toEqual(view.calendar.checks.map((c) => c.title));
  expect(page.text()).toContain('已于 2026-08-10 在 平原镇卫生院 完成（孕10周）');
  expect(page.text()).toContain('免费');
  expect(page.text()).not.toMatch(/待确认|待核/);
});

test('without a pregnancy: starts from the 生育登记 with its 预产期', async () => {
  answerApi({
    'maternal.mine': { pregnancies: [], registrations: [{ id: 'r1', number: 'YJ2026000123', dueDate: dating.dueDate }] },
    'maternal.start': view,
    'maternal.get': view,
  });
  const page = await renderPage(id);
  const button = await waitFor(() => findByText(page.root, '用这个预产期开始'));
  expect(page.text()).toContain('生育登记 YJ2026000123 填写的预产期是 2027-03-08。');
  await tap(button);
  await waitFor(() => apiCalls('maternal').find((c) => c.action === 'start'));
  const start = apiCalls('maternal').find((c) => c.action === 'start');
  expect(start).toMatchObject({ action: 'start', input: { registrationId: 'r1' } });
  expect(typeof start.idempotencyKey).toBe('string');
});

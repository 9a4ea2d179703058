import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { checkCostIds, costLines } from '@domain/maternal/checkCosts';
import { pregnancyCalendar } from '@domain/maternal/pregnancyCalendar';
import { RISK_COLOUR_RULES } from '@domain/maternal/riskColours';
import type { MyPregnancies, PregnancyView } from '@domain/maternal/views';
import PregnancyPage from '@/packages/maternal/index/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const today = '2026-11-28';
const dating = { startDate: '2026-06-01', dueDate: '2027-03-08' };

function view(overrides: Partial<PregnancyView> = {}): PregnancyView {
  return {
    id: 'p1',
    version: 3,
    motherName: '玉罕',
    dating: { basis: 'lmp', lmp: '2026-06-01', reason: '按末次月经推算（末次月经第一天加280天）', ...dating },
    booked: { date: '2026-08-10', facility: '平原镇卫生院' },
    calendar: pregnancyCalendar(
      { dating },
      { 'prenatal-1': { date: '2026-08-10', facility: '平原镇卫生院', gestationalAgeText: '孕10周' } },
      today,
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
    ...overrides,
  };
}

const withPregnancy: MyPregnancies = {
  pregnancies: [{ id: 'p1', dueDate: dating.dueDate, delivered: false, gestationalAgeText: '孕25周+5天' }],
  registrations: [],
};

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({});
});

it('shows the week, the due date, her colour in plain words and the calendar with costs and sources', async () => {
  setApiHandler((_fn, body) => (body.action === 'mine' ? { ok: true, data: withPregnancy } : { ok: true, data: view() }));
  render(<PregnancyPage />);
  expect(await screen.findByText('孕25周+5天')).toBeTruthy();
  expect(screen.getByText('预产期 2027-03-08')).toBeTruthy();
  expect(screen.getByText('妊娠风险评估：黄色（一般风险）')).toBeTruthy();
  expect(screen.getByText(RISK_COLOUR_RULES.yellow.forMother)).toBeTruthy();
  expect(document.querySelector('.risk-dot-yellow')?.getAttribute('aria-label')).toBe('黄色（一般风险）');
  const first = document.querySelector('[data-check="prenatal-1"]') as HTMLElement;
  expect(first.textContent).toContain('已完成');
  expect(first.textContent).toContain('已于 2026-08-10 在 平原镇卫生院 完成（孕10周）');
  const third = document.querySelector('[data-check="prenatal-3"]') as HTMLElement;
  expect(third.textContent).toContain('已过时间，请尽快补做');
  expect(third.textContent).toContain('免费');
  await act(async () => {
    fireEvent.click(third.querySelector('.link') as HTMLElement);
  });
  expect(third.textContent).toContain('依据：《国家基本公共卫生服务规范（第三版）》');
  // The guideline's checks wait behind a button; the 医保 line is there with its source.
  expect(document.querySelector('[data-check="guide-4"]')).toBeNull();
  await tapButton('显示推荐的产检（7项）');
  expect((document.querySelector('[data-check="guide-4"]') as HTMLElement).textContent).toContain('纳入医保支付');
  expect((document.querySelector('[data-cost="prenatal-care-insurance"]') as HTMLElement).textContent).toContain('盈发〔2023〕8号');
  // Parents never see the staff-only notes.
  expect(document.body.textContent).not.toMatch(/待确认|待核/);
});

it('starts from the 生育登记 with its 预产期, one key per submission', async () => {
  let started = false;
  setApiHandler((_fn, body) => {
    if (body.action === 'mine')
      return {
        ok: true,
        data: started ? withPregnancy : { pregnancies: [], registrations: [{ id: 'r1', number: 'YJ2026000123', dueDate: dating.dueDate }] },
      };
    if (body.action === 'start') {
      started = true;
      return { ok: true, data: view({ risk: undefined }) };
    }
    return { ok: true, data: view({ risk: undefined }) };
  });
  render(<PregnancyPage />);
  expect(await screen.findByText('生育登记 YJ2026000123 填写的预产期是 2027-03-08。')).toBeTruthy();
  await tapButton('用这个预产期开始');
  await waitFor(() => expect(screen.getByText('孕25周+5天')).toBeTruthy());
  const sent = calls.request.find((r) => r.body.action === 'start')!.body;
  expect(sent.input).toEqual({ registrationId: 'r1' });
  expect(typeof sent.idempotencyKey).toBe('string');
});

it('corrects the dating with the version it shows; a field error lands under its field', async () => {
  setApiHandler((_fn, body) => {
    if (body.action === 'mine') return { ok: true, data: withPregnancy };
    if (body.action === 'correctDating')
      return { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误', fields: { lmp: '末次月经第一天不能晚于今天' } } };
    return { ok: true, data: view() };
  });
  render(<PregnancyPage />);
  await screen.findByText('孕25周+5天');
  await tapButton('更正孕周 ›');
  await fillText('scanWeeks', '12');
  await tapButton('保存');
  expect(await screen.findByText('末次月经第一天不能晚于今天', { selector: '.field-error' })).toBeTruthy();
  const sent = calls.request.find((r) => r.body.action === 'correctDating')!.body.input as Record<string, unknown>;
  expect(sent).toMatchObject({ id: 'p1', version: 3, lmp: '2026-06-01', scanWeeks: 12 });
});

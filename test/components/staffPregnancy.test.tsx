import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { checkCostIds, costLines } from '@domain/maternal/checkCosts';
import { pregnancyCalendar } from '@domain/maternal/pregnancyCalendar';
import type { StaffPregnancyView } from '@domain/maternal/views';
import StaffPregnancyPage from '@/packages/staff-health/pregnancy/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const dating = { startDate: '2026-06-01', dueDate: '2027-03-08' };
const today = '2026-11-28';

function view(records = {}): StaffPregnancyView {
  return {
    id: 'p1',
    version: 4,
    motherName: '玉罕',
    mother: { name: '玉罕', birthDate: '1996-03-08', idNumberMasked: '5331**********5427' },
    dating: { basis: 'lmp', lmp: dating.startDate, reason: '按末次月经推算（末次月经第一天加280天）', ...dating },
    calendar: pregnancyCalendar({ dating }, records, today),
    checkCosts: checkCostIds(),
    costs: costLines(),
    risks: [],
  };
}

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ id: 'p1' });
});

it('records 建册 picked from the calendar, with a key; a 橙 assessment without a follow-up date shows the field error', async () => {
  setApiHandler((_fn, body) => {
    if (body.action === 'recordCheck')
      return {
        ok: true,
        data: {
          ...view({ 'prenatal-1': { date: '2026-11-27', facility: '平原镇卫生院', gestationalAgeText: '孕25周+4天' } }),
          booked: { date: '2026-11-27', facility: '平原镇卫生院' },
        },
      };
    if (body.action === 'recordRisk')
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: '输入有误',
          fields: { nextFollowUp: '下次随访日期：橙色、红色、紫色纳入高危孕产妇专案管理，请填写下次随访日期' },
        },
      };
    return { ok: true, data: view() };
  });
  render(<StaffPregnancyPage />);
  await screen.findByText('玉罕');
  expect(screen.getByText('尚未建册：录入“建立《母子健康手册》及第1次产前检查”即为建册')).toBeTruthy();
  const first = document.querySelector('[data-check="prenatal-1"]') as HTMLElement;
  await act(async () => {
    fireEvent.click(first.querySelector('.check-pick') as HTMLElement);
  });
  expect(await screen.findByText('录入：建立《母子健康手册》及第1次产前检查')).toBeTruthy();
  await fillText('facility', '平原镇卫生院');
  await tapButton('确认录入');
  await waitFor(() => expect(screen.getByText('建册：2026-11-27 平原镇卫生院')).toBeTruthy());
  const sent = calls.request.find((r) => r.body.action === 'recordCheck')!.body;
  expect(sent.input).toMatchObject({ pregnancyId: 'p1', checkId: 'prenatal-1', facility: '平原镇卫生院', notes: null });
  expect(typeof sent.idempotencyKey).toBe('string');

  await tapButton('录入妊娠风险评估');
  await act(async () => {
    fireEvent.click(screen.getByText('橙色（较高风险）'));
  });
  await fillText('riskFacility', '盈江县人民医院');
  await tapButton('确认录入');
  expect(
    await screen.findByText('下次随访日期：橙色、红色、紫色纳入高危孕产妇专案管理，请填写下次随访日期', { selector: '.field-error' }),
  ).toBeTruthy();
  const risk = calls.request.find((r) => r.body.action === 'recordRisk')!.body;
  expect(risk.input).toMatchObject({ pregnancyId: 'p1', colours: ['orange'], facility: '盈江县人民医院', nextFollowUp: null });
  expect(risk.idempotencyKey).not.toBe(sent.idempotencyKey);
});

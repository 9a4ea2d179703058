import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { calendarFor } from '@domain/vaccine/schedule';
import ChildVaccinesPage from '@/packages/staff/child-vaccines/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const child = { id: 'k1', name: '勒干·小满', sex: 'F' as const, birthDate: '2026-09-10' };
const today = '2026-11-28';

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ childId: 'k1' });
});

it('records a dose picked from the calendar', async () => {
  setApiHandler((_fn, body) => {
    if (body.action === 'recordDose') {
      const input = body.input as { doseId: string; date: string; product: string; batch: string; clinic: string };
      return {
        ok: true,
        data: calendarFor(
          child,
          { [input.doseId]: { date: input.date, product: input.product, batch: input.batch, clinic: input.clinic } },
          today,
        ),
      };
    }
    return { ok: true, data: calendarFor(child, {}, today) };
  });
  render(<ChildVaccinesPage />);
  await screen.findByText('勒干·小满');
  const dose = document.querySelector('[data-dose="hepb-1"]') as HTMLElement;
  await act(async () => {
    fireEvent.click(dose);
  });
  expect(await screen.findByText('录入：乙肝疫苗 第1剂')).toBeTruthy();
  await fillText('batch', '202609A');
  await fillText('clinic', '盈江县人民医院预防接种门诊');
  await tapButton('确认录入');
  await waitFor(() => expect(document.querySelector('[data-group="given"] [data-dose="hepb-1"]')).toBeTruthy());
  const sent = calls.request.find((r) => r.body.action === 'recordDose')?.body.input as Record<string, string>;
  expect(sent).toMatchObject({ childId: 'k1', doseId: 'hepb-1', product: 'HepB', batch: '202609A', clinic: '盈江县人民医院预防接种门诊' });
  expect(screen.queryByText('录入：乙肝疫苗 第1剂')).toBeNull();
});

it('shows the server field error for a bad batch number', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'recordDose'
      ? { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误', fields: { batch: '疫苗批号应为2到30个字符' } } }
      : { ok: true, data: calendarFor(child, {}, today) },
  );
  render(<ChildVaccinesPage />);
  await screen.findByText('勒干·小满');
  await act(async () => {
    fireEvent.click(document.querySelector('[data-dose="bcg-1"]') as HTMLElement);
  });
  await fillText('batch', 'x');
  await fillText('clinic', '盈江县人民医院');
  await tapButton('确认录入');
  expect(await screen.findByText('疫苗批号应为2到30个字符', { selector: '.field-error' })).toBeTruthy();
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { addMonths, todayIn } from '@domain/dates';
import NurseryDetailPage from '@/packages/nursery/detail/index';
import NurseryApplyPage from '@/packages/nursery/apply/index';
import { useSession } from '@/stores/session';
import { detail } from './nurseryFixtures';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { selectOption, tapButton } from './setup/interact';

beforeEach(() => {
  setRouterParams({ id: 'n1' });
});

/** The class choice, once the detail and the family's children have loaded. */
function option(kind: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const el = document.querySelector(`[data-option="${kind}"]`);
      if (!el) throw new Error(`no option ${kind}`);
      return el as HTMLElement;
    },
    { timeout: 3000 },
  );
}

it('shows the 备案 number and status, the classes, fees and the latest inspection', async () => {
  useSession.setState({ token: null, me: null });
  setApiHandler((_fn, body) =>
    body.action === 'detail' ? { ok: true, data: detail } : { ok: false, error: { code: 'INTERNAL', message: 'unexpected' } },
  );
  render(<NurseryDetailPage />);
  expect(await screen.findByText('533123BA20240001')).toBeTruthy();
  expect(document.querySelector('[data-filing="filed"]')?.textContent).toContain('已备案');
  const inspection = document.querySelector('[data-section="inspection"]') as HTMLElement;
  expect(inspection.textContent).toContain('最近一次 2026年10月15日');
  expect(inspection.textContent).toContain('限期整改');
  expect(inspection.textContent).toContain('消毒记录不全');
  expect(inspection.textContent).toContain('查看以往 1 次检查');
  expect(document.querySelector('[data-class="toddler"]')?.textContent).toContain('托小班（12–24个月）');
  expect(document.querySelector('[data-class="toddler"]')?.textContent).toContain('空位 2');
  expect(document.querySelector('[data-class="infant"]')?.textContent).toContain('满员');
  expect(screen.getByText('每月 300元')).toBeTruthy();
  expect(screen.getByText('200元（每学期）')).toBeTruthy();
  expect(screen.getByText(/9 名保育人员，在托 38 名幼儿，师幼比 1:4.2/)).toBeTruthy();
  // Signed out: booking starts with signing in, which says why and goes on to the booking.
  await tapButton('预约参观');
  expect(calls.navigateTo).toHaveLength(1);
  const login = new URL(calls.navigateTo[0], 'http://x');
  expect(login.pathname).toBe('/packages/account/login/index');
  expect(login.searchParams.get('reason')).toBe('登录后继续预约参观');
  expect(login.searchParams.get('next')).toBe('/packages/nursery/visit/index?id=n1');
});

it('lets a parent apply only for the classes that fit the child’s age', async () => {
  const birthDate = addMonths(todayIn(new Date()), -20);
  useSession.setState({ token: 't', me: null });
  setApiHandler((_fn, body) => {
    if (body.action === 'me') return { ok: true, data: { userId: 'u1', verified: true, name: '演示家长', roles: [], family: [] } };
    if (body.action === 'children') return { ok: true, data: [{ id: 'k1', name: '样例·小满', birthDate }] };
    if (body.action === 'detail') return { ok: true, data: detail };
    if (body.action === 'applyPlace') return { ok: true, data: { id: 'r1' } };
    return { ok: false, error: { code: 'INTERNAL', message: 'unexpected' } };
  });
  render(<NurseryApplyPage />);
  const senior = await option('senior');
  expect(senior.getAttribute('aria-disabled')).toBe('true');
  expect(senior.textContent).toContain('孩子现在20个月，托大班只收24–36个月的孩子');
  expect(document.querySelector('[data-option="infant"]')?.getAttribute('aria-disabled')).toBe('true');
  const toddler = document.querySelector('[data-option="toddler"]') as HTMLElement;
  expect(toddler.getAttribute('aria-disabled')).toBe('false');

  // A tap on a class that does not fit picks nothing.
  await act(async () => fireEvent.click(senior));
  expect(senior.getAttribute('aria-checked')).toBe('false');
  await act(async () => fireEvent.click(toddler));
  expect(toddler.getAttribute('aria-checked')).toBe('true');
  await act(async () => fireEvent.click(screen.getByText('全日托')));
  const month = addMonths(todayIn(new Date()), 1).slice(0, 7);
  await selectOption('startMonth', month);
  await tapButton('提交申请');
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/nursery/request/index?id=r1&fresh=1']));
  const sent = calls.request.find((r) => r.body.action === 'applyPlace')!;
  expect(sent.body.input).toEqual({ institutionId: 'n1', childId: 'k1', classKind: 'toddler', careType: 'full_day', startMonth: month });
  expect(sent.body.idempotencyKey).toBeTruthy();
});

it('names what is missing before sending an application', async () => {
  const birthDate = addMonths(todayIn(new Date()), -20);
  useSession.setState({ token: 't', me: null });
  setApiHandler((_fn, body) => {
    if (body.action === 'me') return { ok: true, data: { userId: 'u1', verified: true, name: '演示家长', roles: [], family: [] } };
    if (body.action === 'children') return { ok: true, data: [{ id: 'k1', name: '样例·小满', birthDate }] };
    return { ok: true, data: detail };
  });
  render(<NurseryApplyPage />);
  await option('toddler');
  await tapButton('提交申请');
  expect(await screen.findByText('请选择班级类型')).toBeTruthy();
  expect(calls.request.some((r) => r.body.action === 'applyPlace')).toBe(false);
});

it('the phone is a tap to call, and 预约参观 sits above the fold, before the classes and fees', async () => {
  setApiHandler(() => ({ ok: true, data: detail }));
  render(<NurseryDetailPage />);
  const call = (await screen.findByText(/0692-1234567/)).closest('a')!;
  expect(call.getAttribute('href')).toBe('tel:06921234567');
  const text = document.body.textContent ?? '';
  expect(text.indexOf('预约参观')).toBeGreaterThan(-1);
  expect(text.indexOf('预约参观')).toBeLessThan(text.indexOf('班级与保育费'));
  expect(text.indexOf('预约参观')).toBeLessThan(text.indexOf('电话'));
});

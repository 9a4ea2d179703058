import { render, screen, waitFor } from '@testing-library/react';
import type { AuditEntryView } from '@domain/audit/types';
import AuditLogPage from '@/packages/staff/audit/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

const ENTRIES: AuditEntryView[] = [
  {
    id: 'e2',
    at: '2026-11-28T02:30:00.000Z',
    actorUserId: 'u-clinic',
    actorName: '演示接种医生',
    actorRole: 'clinic',
    action: 'child.search',
    targetType: 'child',
    targetId: 'c-1',
    detail: { found: ['c-1'] },
  },
  {
    id: 'e1',
    at: '2026-11-28T01:00:00.000Z',
    actorUserId: 'u-bureau',
    actorRole: 'health_bureau',
    action: 'nursery.future.thing',
    targetType: 'registration',
    targetId: 'r-9',
    targetName: 'DJ5331232026000009',
    detail: {},
  },
  {
    id: 'e0',
    at: '2026-11-27T01:00:00.000Z',
    actorUserId: 'u-bureau',
    actorName: '演示卫健审核员',
    actorRole: 'health_bureau',
    action: 'subsidy.approve',
    targetType: 'subsidy_application',
    targetId: 'a-77',
    targetName: 'BT5331232026000012',
    detail: { number: 'BT5331232026000012', totalFen: 810000, fullAccountNumbers: false },
  },
];

const entryText = (id: string) => document.querySelector(`[data-entry="${id}"]`)?.textContent ?? '';

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  calls.request.length = 0;
});

it('lists the newest entries on opening: action in Chinese, actor name and role, target, time, details', async () => {
  setApiHandler(() => ({ ok: true, data: { items: ENTRIES, total: 3, pageSize: 30 } }));
  render(<AuditLogPage />);
  await waitFor(() => expect(document.querySelector('[data-entry="e2"]')).toBeTruthy());
  expect(calls.request[0]?.body).toEqual({ action: 'auditLog', input: { page: 1 } });
  expect(document.body.textContent).toContain('共 3 条');
  const newest = entryText('e2');
  expect(newest).toContain('查找儿童');
  expect(newest).toContain('演示接种医生 · 接种单位（预防接种证）');
  expect(newest).toContain('2026-11-28 10:30');
  // A child is not named, and its record id is not shown as if it were a name.
  expect(document.querySelector('[data-entry="e2"] [data-target]')?.textContent).toBe('儿童');
  // An action without a Chinese name yet is shown as its code; an actor without a name says so.
  const older = entryText('e1');
  expect(older).toContain('nursery.future.thing');
  expect(older).toContain('（未实名） · 县卫生健康局');
  expect(older).toContain('生育登记 DJ5331232026000009');
  expect(older).not.toContain('r-9');
  // Record names and detail keys in Chinese, money in 元.
  const decided = entryText('e0');
  expect(decided).toContain('审核通过补贴申领');
  expect(decided).toContain('补贴申领 BT5331232026000012');
  expect(decided).not.toContain('a-77');
  expect(decided).toContain('编号：BT5331232026000012；金额：8,100元；含完整账号：否');
  // Newest first, as the server sent them.
  const order = Array.from(document.querySelectorAll('[data-entry]')).map((el) => el.getAttribute('data-entry'));
  expect(order).toEqual(['e2', 'e1', 'e0']);
});

it('sends the filters, and shows the server’s message under the field it names', async () => {
  setApiHandler((_fn, body) =>
    (body.input as { targetId?: string }).targetId === 'x'.repeat(65)
      ? { ok: false, error: { code: 'INVALID_INPUT', message: '对象标识不能超过64个字', fields: { targetId: '对象标识不能超过64个字' } } }
      : { ok: true, data: { items: [], total: 0, pageSize: 30 } },
  );
  render(<AuditLogPage />);
  await screen.findByText('没有符合条件的记录');
  await selectOption('actorRole', 'clinic');
  await selectOption('action', 'vaccine.read');
  await fillText('targetId', ' c-1 ');
  await tapButton('查询');
  await waitFor(() =>
    expect(calls.request.at(-1)?.body).toEqual({
      action: 'auditLog',
      input: { page: 1, actorRole: 'clinic', action: 'vaccine.read', targetId: 'c-1' },
    }),
  );

  await fillText('targetId', 'x'.repeat(65));
  await tapButton('查询');
  await waitFor(() =>
    expect(document.querySelector('[data-field="targetId"] .field-error')?.textContent).toContain('对象标识不能超过64个字'),
  );
});

it('flags unusual volumes and refused access, and filters to them alone', async () => {
  const flagged: AuditEntryView = {
    id: 'f1',
    at: '2026-11-28T03:00:00.000Z',
    actorUserId: 'u-clinic',
    actorName: '演示接种医生',
    actorRole: 'clinic',
    action: 'volume.flag',
    targetType: 'user',
    targetId: 'u-clinic',
    detail: { call: 'vaccine.findChildren', count: 30, limit: 60, windowMinutes: 60, stopped: false },
  };
  const refused: AuditEntryView = {
    id: 'f2',
    at: '2026-11-28T03:10:00.000Z',
    actorUserId: 'u-parent',
    actorName: '陌生家长',
    actorRole: 'parent',
    action: 'access.refused',
    targetType: 'action',
    targetId: 'registration.get',
    targetName: 'registration.get',
    detail: { call: 'registration.get', code: 'NOT_FOUND' },
  };
  setApiHandler(() => ({ ok: true, data: { items: [flagged, refused, ...ENTRIES], total: 4, pageSize: 30 } }));
  render(<AuditLogPage />);
  await waitFor(() => expect(entryText('f1')).toContain('需关注'));
  expect(entryText('f1')).toContain('异常查询量');
  expect(document.querySelector('[data-entry="f1"]')?.className).toContain('audit-flagged');
  expect(entryText('e2')).not.toContain('需关注');
  expect(entryText('f2')).toContain('越权访问被拒绝');
  expect(entryText('f2')).toContain('群众（家长）');
  expect(entryText('f2')).toContain('接口 registration.get');

  await tapButton('只看需关注的记录（异常查询量、越权访问）');
  await waitFor(() => expect(calls.request.at(-1)?.body).toEqual({ action: 'auditLog', input: { page: 1, flagged: true } }));
});

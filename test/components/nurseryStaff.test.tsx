// The bureau's 备案 pages and the operator's own: each form sends what was typed, under the names the
// server's messages use, and shows those messages under their fields.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { addDays, todayIn } from '@domain/dates';
import { InstitutionForm } from '@/packages/staff/nurseries/InstitutionForm';
import { InstitutionPanel } from '@/packages/staff/nurseries/InstitutionPanel';
import { OfferEditor } from '@/packages/staff/nursery-operator/OfferEditor';
import { SlotsPanel } from '@/packages/staff/nursery-operator/SlotsPanel';
import { useSession } from '@/stores/session';
import { detail } from './nurseryFixtures';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

const sent = (action: string) => calls.request.filter((r) => r.body.action === action).at(-1)?.body.input;
const errorOf = (name: string) => document.querySelector(`[data-field="${name}"] .field-error`)?.textContent;
const click = (field: string, text: string) =>
  act(async () => {
    fireEvent.click(within(document.querySelector(`[data-field="${field}"]`) as HTMLElement).getByText(text));
  });

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  calls.request.length = 0;
});

it('the bureau changes a status with its reason and records an inspection', async () => {
  setApiHandler(() => ({ ok: true, data: detail }));
  render(<InstitutionPanel nursery={detail} onChanged={() => undefined} onEdit={() => undefined} />);

  // Unchanged status and no reason: said under the fields, nothing sent.
  await tapButton('变更状态');
  expect(errorOf('status')).toContain('备案状态没有变化');
  await click('status', '备案待补正');
  await tapButton('变更状态');
  expect(errorOf('reason')).toContain('请填写变更原因');
  await fillText('reason', ' 消防验收未通过 ');
  await tapButton('变更状态');
  await waitFor(() => expect(sent('setFilingStatus')).toEqual({ id: 'n1', status: 'pending', reason: '消防验收未通过' }));

  await click('result', '合格');
  await fillText('notes', ' 晨检记录完整 ');
  await tapButton('登记检查结果');
  await waitFor(() => expect(sent('recordInspection')).toMatchObject({ id: 'n1', result: 'pass', notes: '晨检记录完整' }));
  // Its record lists the inspections with their result.
  expect(document.querySelectorAll('.institution-inspection')).toHaveLength(2);
  expect(document.querySelector('.institution-inspection')?.textContent).toContain('消毒记录不全');
});

it('a new 备案 starts at the township centre, and a coordinate message shows under its field', async () => {
  setApiHandler(() => ({
    ok: false,
    error: { code: 'INVALID_INPUT', message: '输入有误', fields: { 'location.lng': '经度应在盈江县范围内' } },
  }));
  render(<InstitutionForm onDone={() => undefined} onCancel={() => undefined} />);
  await selectOption('township', 'pingyuan');
  const lat = document.querySelector('[data-field="location.lat"] input') as HTMLInputElement;
  expect(lat.value).not.toBe('');
  await fillText('name', '平原镇托育中心');
  await fillText('filingNumber', '533123BA20240002');
  await click('ownership', '普惠性民办');
  await fillText('address', '平原镇样例路2号');
  await fillText('phone', '0692-1234567');
  await fillText('caregivers', '6');
  await tapButton('备案');
  await waitFor(() => expect(errorOf('location.lng')).toContain('经度应在盈江县范围内'));
  expect(sent('fileInstitution')).toMatchObject({ name: '平原镇托育中心', township: 'pingyuan', caregivers: 6 });
});

it('the operator adds a visit slot and saves the offer in 元, each row under its own path', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'updateNurseryOffer'
      ? { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误', fields: { 'otherFees.0.amountFen': '请填写金额' } } }
      : { ok: true, data: detail },
  );
  render(<SlotsPanel nursery={detail} onChanged={() => undefined} />);
  const tomorrow = addDays(todayIn(new Date()), 1);
  await fillText('date', tomorrow);
  await click('durationMin', '1个半小时');
  await fillText('capacity', '8');
  await tapButton('添加');
  await waitFor(() => expect(sent('addVisitSlot')).toEqual({ start: `${tomorrow}T09:30`, durationMin: 90, capacity: 8 }));

  render(<OfferEditor nursery={detail} onSaved={() => undefined} />);
  await fillText('classes.1.capacity', '14');
  await fillText('classes.1.careFeeMonthlyFen', '950.5');
  await fillText('mealsMonthlyFen', '320');
  await fillText('otherFees.0.amountFen', '');
  await tapButton('保存并公布');
  // The client's own check names the emptied amount before anything is sent.
  await waitFor(() => expect(errorOf('otherFees.0.amountFen')).toBeTruthy());
  await fillText('otherFees.0.amountFen', '250');
  await tapButton('保存并公布');
  await waitFor(() => expect(sent('updateNurseryOffer')).toBeTruthy());
  const offer = sent('updateNurseryOffer') as {
    classes: { capacity: number; careFeeMonthlyFen: number }[];
    mealsMonthlyFen: number;
    otherFees: { amountFen: number }[];
  };
  expect(offer.classes[1]).toMatchObject({ capacity: 14, careFeeMonthlyFen: 95050 });
  expect(offer.mealsMonthlyFen).toBe(32000);
  expect(offer.otherFees[0]).toMatchObject({ name: '被褥费', amountFen: 25000, per: 'term' });
  expect(await screen.findByText('请填写金额')).toBeTruthy();
});

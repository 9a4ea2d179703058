import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import EligibilityPage from '@/packages/birth/eligibility/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { selectOption, tapButton } from './setup/interact';

async function setDate(name: string, value: string) {
  const input = document.querySelector(`[data-field="${name}"] input`) as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}

/** myCases answers `cases`; eligibility answers `result`. */
function answer(result: unknown, cases: unknown[] = []) {
  setApiHandler((_fn, body) => (body.action === 'myCases' ? { ok: true, data: cases } : { ok: true, data: result }));
}

const eligibilityCalls = () => calls.request.filter((r) => r.body.action === 'eligibility');

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  answer({ eligible: true });
});

it('names what is missing before asking the server', async () => {
  render(<EligibilityPage />);
  await tapButton('下一步');
  expect(await screen.findByText(/出生的医疗机构/, { selector: '.field-error' })).toBeTruthy();
  expect(eligibilityCalls()).toHaveLength(0);
});

it('shows where to go and what to bring when the child was born outside a listed institution', async () => {
  answer({
    eligible: false,
    guides: [
      {
        reason: 'not_in_institution',
        why: '孩子不是在盈江县的助产机构出生的',
        where: '盈江县妇幼保健院 出生医学证明办理窗口（平原镇）',
        bring: ['父母双方身份证', '结婚证'],
      },
    ],
  });
  render(<EligibilityPage />);
  await selectOption('hospitalId', 'elsewhere');
  await setDate('birthDate', '2026-11-10');
  await tapButton('下一步');
  expect(await screen.findByText('这件事需要到窗口办理')).toBeTruthy();
  expect(screen.getByText('盈江县妇幼保健院 出生医学证明办理窗口（平原镇）')).toBeTruthy();
  expect(screen.getByText('· 结婚证')).toBeTruthy();
  expect(eligibilityCalls()[0]!.body).toEqual({
    action: 'eligibility',
    input: { hospitalId: 'elsewhere', firstIssue: true, birthDate: '2026-11-10', localHukouParent: true },
  });
});

it('goes on to the form, carrying the answers, when eligible', async () => {
  render(<EligibilityPage />);
  await selectOption('hospitalId', 'yj-people');
  await setDate('birthDate', '2026-11-10');
  await tapButton('下一步');
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/birth/form/index?birthDate=2026-11-10&hospitalId=yj-people']));
});

const EXISTING = {
  id: 'b1',
  number: 'CS20261118000001',
  childName: '测试宝宝',
  childBirthDate: '2026-11-10',
  status: 'completed',
  statusText: '已办结',
  link: '/packages/birth/case/index?id=b1',
};

it('says before the form that this child already has a case, with its state and a link to it', async () => {
  answer({ eligible: true, existing: [EXISTING] });
  render(<EligibilityPage />);
  await selectOption('hospitalId', 'yj-people');
  await setDate('birthDate', '2026-11-10');
  await tapButton('下一步');
  expect(await screen.findByText('这个孩子的“出生一件事”已经申请过了')).toBeTruthy();
  expect(screen.getByText('已办结')).toBeTruthy();
  expect(screen.getByText(/CS20261118000001/)).toBeTruthy();
  expect(calls.redirectTo).toEqual([]);
  await tapButton('查看办件');
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/birth/case/index?id=b1']));
});

it('lets a twin through: the other child born that day gets its own case', async () => {
  answer({ eligible: true, existing: [{ ...EXISTING, status: 'in_progress', statusText: '办理中' }] });
  render(<EligibilityPage />);
  await selectOption('hospitalId', 'yj-people');
  await setDate('birthDate', '2026-11-10');
  await tapButton('下一步');
  expect(await screen.findByText('办理中')).toBeTruthy();
  await tapButton('为同一天出生的另一个孩子申请');
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/birth/form/index?birthDate=2026-11-10&hospitalId=yj-people']));
});

it("on entering, lists the family's cases so a second application is not started by mistake", async () => {
  answer({ eligible: true }, [
    {
      id: 'e1',
      kind: 'birth',
      refId: 'b1',
      title: '出生一件事（测试宝宝）',
      status: 'in_progress',
      statusText: '办理中',
      createdAt: '',
      updatedAt: '',
      link: '/packages/birth/case/index?id=b1',
    },
  ]);
  render(<EligibilityPage />);
  expect(await screen.findByText('您已有“出生一件事”办件')).toBeTruthy();
  expect(screen.getByText('出生一件事（测试宝宝） · 办理中')).toBeTruthy();
});

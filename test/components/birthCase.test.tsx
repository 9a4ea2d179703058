import { render, screen } from '@testing-library/react';
import type { BirthCaseView } from '@domain/birth/views';
import BirthCasePage from '@/packages/birth/case/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { tapButton } from './setup/interact';

const at = '2026-11-20T02:00:00.000Z';
const view: BirthCaseView = {
  id: 'c1',
  number: 'CS5331232026000007',
  status: 'needs_fix',
  createdAt: at,
  updatedAt: at,
  child: { name: '王小满', sex: 'F', birthDate: '2026-11-18', birthTime: '08:30', hospitalName: '盈江县人民医院' },
  otherParentConsent: 'confirmed',
  steps: [
    {
      key: 'birth_certificate',
      department: '助产机构',
      title: '出生医学证明',
      status: 'done',
      dependsOn: [],
      events: [
        { at, status: 'pending', by: 'system' },
        { at, status: 'accepted', by: 'clerk' },
        { at, status: 'done', by: 'clerk' },
      ],
      result: [{ label: '出生医学证明编号', value: 'Q530012345' }],
    },
    {
      key: 'hukou',
      department: '公安派出所',
      title: '户口登记',
      status: 'rejected',
      dependsOn: ['birth_certificate'],
      events: [
        { at, status: 'pending', by: 'system' },
        { at, status: 'rejected', by: 'clerk', note: '户主姓名与户籍信息不符' },
      ],
      rejectReason: '户主姓名与户籍信息不符',
    },
    {
      key: 'medical_insurance',
      department: '县医疗保障局',
      title: '医保参保',
      status: 'waiting',
      dependsOn: ['hukou'],
      events: [{ at, status: 'waiting', by: 'system' }],
    },
    {
      key: 'social_security',
      department: '县人力资源和社会保障局',
      title: '社保卡申领',
      status: 'waiting',
      dependsOn: ['hukou'],
      events: [{ at, status: 'waiting', by: 'system' }],
    },
    { key: 'vaccination', department: '预防接种单位', title: '预防接种证', status: 'excluded', dependsOn: [], events: [] },
  ],
  deadlines: [
    { key: 'hukou', title: '户口登记', dueDate: '2026-12-18', note: '出生后一个月内申报出生登记', met: null },
    { key: 'insurance', title: '医保缴费', dueDate: '2027-02-16', note: '在此日期前缴费，从出生之日起享受医保待遇', met: null },
  ],
};

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ id: 'c1' });
  setApiHandler(() => ({ ok: true, data: view }));
});

it('shows one timeline per step, what came back, and the deadlines', async () => {
  render(<BirthCasePage />);
  expect(await screen.findByText('王小满')).toBeTruthy();
  expect(screen.getByText('待补正')).toBeTruthy();
  expect(screen.getByText('Q530012345')).toBeTruthy();
  expect(screen.getByText('2026年12月18日前')).toBeTruthy();
  expect(screen.getAllByText('户口登记办结后自动开始')).toHaveLength(2);
  expect(screen.getByText('本次未申请办理')).toBeTruthy();
  expect(screen.getByText('退回原因：户主姓名与户籍信息不符')).toBeTruthy();
});

it('tells the applicant whether the other parent has confirmed, plainly; nothing once they have', async () => {
  setApiHandler(() => ({ ok: true, data: { ...view, otherParentConsent: 'refused' } }));
  const first = render(<BirthCasePage />);
  expect(await screen.findByText(/您填写的孩子的另一位家长表示“这不是我”/)).toBeTruthy();
  first.unmount();
  setApiHandler(() => ({ ok: true, data: view }));
  render(<BirthCasePage />);
  await screen.findByText('王小满');
  expect(screen.queryByText(/另一位家长/)).toBeNull();
});

it('sends the parent to fix the rejected step alone', async () => {
  render(<BirthCasePage />);
  await screen.findByText('王小满');
  await tapButton('修改并重新提交');
  expect(calls.navigateTo).toEqual(['/packages/birth/form/index?id=c1&fix=hukou']);
});

it('a finished case opens on its summary: each result, where and when to collect it, what to bring', async () => {
  const done: BirthCaseView = {
    ...view,
    status: 'completed',
    steps: view.steps.map((s) => ({ ...s, status: s.key === 'vaccination' ? 'excluded' : 'done', rejectReason: undefined })),
    deadlines: [],
    summary: [
      {
        step: 'birth_certificate',
        result: '出生医学证明',
        detail: '编号 Q530012345',
        where: '盈江县人民医院 出生医学证明办理窗口',
        when: '办结后即可办理',
        bring: ['父母双方的身份证'],
      },
      {
        step: 'hukou',
        result: '户口簿（已登记孩子的户口页）',
        detail: '2026-11-25 已登记户口',
        where: '盈江县公安局平原派出所 户籍窗口',
        when: '办结后即可办理',
        bring: ['家里的户口簿原件（加盖孩子的户口页）'],
      },
      {
        step: 'medical_insurance',
        result: '城乡居民医保',
        detail: '参保编号 YB1，2026-11-26 已缴费',
        where: '不用到窗口领取',
        when: '已参保缴费',
        bring: [],
        how: '以后每年在集中缴费期缴纳下一年度的城乡居民医保费',
        source: '云南省城乡居民基本医疗保险 新生儿参保规定',
      },
      {
        step: 'social_security',
        result: '社会保障卡',
        detail: '卡号 S53000304',
        where: '平原镇便民服务中心社保窗口',
        when: '制卡完成后',
        bring: ['监护人的身份证', '户口簿'],
      },
    ],
  };
  setApiHandler(() => ({ ok: true, data: done }));
  render(<BirthCasePage />);
  expect(await screen.findByText('全部办好了，接下来这样领取')).toBeTruthy();
  expect(screen.getByText('盈江县公安局平原派出所 户籍窗口')).toBeTruthy();
  expect(screen.getByText('监护人的身份证、户口簿')).toBeTruthy();
  expect(screen.getByText(/集中缴费期/)).toBeTruthy();
  expect(screen.getByText('依据：云南省城乡居民基本医疗保险 新生儿参保规定')).toBeTruthy();
  // The long timeline waits behind one tap.
  expect(document.querySelector('[data-step]')).toBeNull();
  await tapButton('查看各部门办理经过');
  expect(document.querySelector('[data-step="hukou"]')).toBeTruthy();
});

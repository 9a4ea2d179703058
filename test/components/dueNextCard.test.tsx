import { render, screen } from '@testing-library/react';
import type { DueItem } from '@domain/children/types';
import { DueNextCard } from '@/pages/home/DueNextCard';
import { calls } from './setup/taroMock';
import { tapButton } from './setup/interact';

const items: DueItem[] = [
  {
    key: 'v1',
    kind: 'vaccine',
    childId: 'k1',
    childName: '小满',
    title: '乙肝疫苗 第2剂',
    date: '2026-10-10',
    dateKind: 'from',
    overdue: true,
    link: '/packages/vaccine/calendar/index?childId=k1',
  },
  {
    key: 'h1',
    kind: 'hukou',
    childId: 'k1',
    childName: '小满',
    title: '户口登记',
    date: '2030-12-19',
    dateKind: 'by',
    overdue: false,
    link: '/packages/birth/case/index?id=c1',
  },
];

it('lists what is due with its date and opens the page that does it', async () => {
  render(<DueNextCard items={items} />);
  expect(screen.getByText('接下来要办')).toBeTruthy();
  expect(screen.getByText('已逾期')).toBeTruthy();
  expect(screen.getByText('2030年12月19日')).toBeTruthy();
  await tapButton('户口登记');
  expect(calls.navigateTo).toEqual(['/packages/birth/case/index?id=c1']);
});

it('a step sent back shows 待补正 with its reason and opens the case', async () => {
  render(
    <DueNextCard
      items={[
        {
          key: 'bundle_fix:c1:hukou',
          kind: 'bundle_fix',
          childId: 'k1',
          childName: '小满',
          title: '户口登记待补正：户主姓名与户口簿不一致',
          date: '2026-11-20',
          dateKind: 'from',
          overdue: false,
          link: '/packages/birth/case/index?id=c1',
        },
        ...items,
      ]}
    />,
  );
  expect(screen.getByText('待补正')).toBeTruthy();
  await tapButton('户口登记待补正：户主姓名与户口簿不一致');
  expect(calls.navigateTo).toEqual(['/packages/birth/case/index?id=c1']);
});

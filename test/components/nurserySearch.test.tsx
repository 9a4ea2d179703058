import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { NurseryListItem, NurserySearchInput } from '@domain/nursery/types';
import { addMonths, todayIn } from '@domain/dates';
import NurserySearchPage from '@/packages/nursery/index/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

function item(n: number, patch: Partial<NurseryListItem> = {}): NurseryListItem {
  return {
    id: `n${n}`,
    name: `演示托育园${n}`,
    ownership: 'puhui',
    demonstration: false,
    kindergartenClass: false,
    township: 'pingyuan',
    address: `平原镇样例路${n}号`,
    location: { lat: 24.71, lng: 97.94 },
    distanceM: 300 * n,
    classes: [{ kind: 'toddler', vacancies: 2 }],
    careFeeFromFen: 80000,
    careFeeToFen: 120000,
    ...patch,
  };
}

const searches = () => calls.request.filter((r) => r.body.action === 'search').map((r) => r.body.input as NurserySearchInput);
const chip = (name: string) => document.querySelector(`[data-chip="${name}"]`) as HTMLElement;

beforeEach(() => {
  useSession.setState({ token: null, me: null });
});

it('lists the results nearest first with distance, type tags, vacancies and the fee range', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'search'
      ? {
          ok: true,
          data: {
            origin: { lat: 24.71, lng: 97.94 },
            more: false,
            items: [
              item(1, {
                name: '平原镇示范托育中心（演示）',
                ownership: 'public',
                demonstration: true,
                distanceM: 850,
                classes: [
                  { kind: 'toddler', vacancies: 2 },
                  { kind: 'senior', vacancies: 0 },
                ],
              }),
              item(2, { name: '样例幼儿园托班', kindergartenClass: true, distanceM: 12345, careFeeFromFen: 90000, careFeeToFen: 90000 }),
            ],
          },
        }
      : { ok: false, error: { code: 'INTERNAL', message: 'unexpected' } },
  );
  render(<NurserySearchPage />);
  const first = (await screen.findByText('平原镇示范托育中心（演示）')).closest('[data-nursery]') as HTMLElement;
  expect(first.textContent).toContain('850米');
  expect(first.textContent).toContain('公办');
  expect(first.textContent).toContain('示范');
  expect(first.textContent).toContain('托小班 余2');
  expect(first.textContent).toContain('托大班 满员');
  expect(first.textContent).toContain('保育费 每月 800–1,200元');
  const second = screen.getByText('样例幼儿园托班').closest('[data-nursery]') as HTMLElement;
  expect(second.textContent).toContain('12公里');
  expect(second.textContent).toContain('普惠');
  expect(second.textContent).toContain('幼儿园托班');
  expect(second.textContent).toContain('每月 900元');
  // The first search starts from the county seat.
  expect(searches()[0]).toEqual({ township: 'pingyuan' });
  expect(screen.getByText('已显示全部 2 家')).toBeTruthy();
});

it('searches again with every filter changed, and pages on with 加载更多 from where the list ends', async () => {
  setApiHandler((_fn, body) => {
    const input = body.input as NurserySearchInput;
    const offset = input.offset ?? 0;
    const items = Array.from({ length: offset === 0 ? 20 : 3 }, (_, i) => item(offset + i + 1));
    return { ok: true, data: { origin: { lat: 24.64, lng: 97.97 }, items, more: offset === 0 } };
  });
  render(<NurserySearchPage />);
  await screen.findByText('演示托育园1');
  await selectOption('township', 'nongzhang');
  await act(async () => fireEvent.click(chip('puhui')));
  await act(async () => fireEvent.click(chip('vacancy')));
  await selectOption('careType', 'half_day');
  await fillText('ageMonths', '20');
  await waitFor(() =>
    expect(searches().at(-1)).toEqual({ township: 'nongzhang', ageMonths: 20, puhuiOnly: true, withVacancy: true, careType: 'half_day' }),
  );
  await waitFor(() => expect(document.querySelectorAll('[data-nursery]')).toHaveLength(20));

  await tapButton('加载更多');
  await waitFor(() => expect(document.querySelectorAll('[data-nursery]')).toHaveLength(23));
  expect(searches().at(-1)).toMatchObject({ township: 'nongzhang', ageMonths: 20, offset: 20 });
  expect(screen.queryByText('加载更多')).toBeNull();
});

it('refuses a typed age the server would refuse, without asking it', async () => {
  setApiHandler(() => ({ ok: true, data: { origin: { lat: 24.71, lng: 97.94 }, items: [item(1)], more: false } }));
  render(<NurserySearchPage />);
  await screen.findByText('演示托育园1');
  const before = searches().length;
  await fillText('ageMonths', '90');
  expect(await screen.findByText('孩子月龄应在0个月到72个月之间')).toBeTruthy();
  expect(searches()).toHaveLength(before);
});

it('prefills the age from a picked child of the family', async () => {
  const birthDate = addMonths(todayIn(new Date()), -20);
  useSession.setState({ token: 't', me: null });
  setApiHandler((_fn, body) => {
    if (body.action === 'me') return { ok: true, data: { userId: 'u1', verified: true, name: '演示家长', roles: [], family: [] } };
    if (body.action === 'children') return { ok: true, data: [{ id: 'k1', name: '样例·小满', birthDate }] };
    return { ok: true, data: { origin: { lat: 24.71, lng: 97.94 }, items: [item(1)], more: false } };
  });
  render(<NurserySearchPage />);
  // me, then the children once the person is known to be verified.
  const pick = await screen.findByText('样例·小满（20个月）', {}, { timeout: 3000 });
  await act(async () => fireEvent.click(pick));
  await waitFor(() => expect(searches().at(-1)).toEqual({ township: 'pingyuan', ageMonths: 20 }));
});

import { render, screen } from '@testing-library/react';
import OpenQuestionsPage from '@/packages/staff-figures/open-questions/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setApiHandler(() => ({
    ok: true,
    data: [
      { topic: '托育', questions: [{ subject: '混龄班配比', toConfirm: '混龄班保育人员配比1:6为县内口径，待县卫生健康局确认' }] },
      {
        topic: '预防接种',
        questions: [
          { subject: '2025-01-01 调整', toConfirm: '发文机关与文号待核' },
          { subject: '2021版', toConfirm: '条款号待核' },
        ],
      },
    ],
  }));
});

it('lists each topic as a heading with its notes', async () => {
  render(<OpenQuestionsPage />);
  expect(await screen.findByRole('heading', { name: '托育（1项）' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: '预防接种（2项）' })).toBeTruthy();
  const vaccine = document.querySelector('[data-topic="预防接种"]')!;
  expect(Array.from(vaccine.querySelectorAll('.kv-key')).map((k) => k.textContent)).toEqual(['2025-01-01 调整', '2021版']);
  expect(screen.getByText('混龄班保育人员配比1:6为县内口径，待县卫生健康局确认')).toBeTruthy();
  expect(calls.request.map((r) => [r.fn, r.body.action])).toEqual([['dashboard', 'openQuestions']]);
});

import { render, screen } from '@testing-library/react';
import { addDays, todayIn } from '@domain/dates';
import { hukouDueDate } from '@domain/birth/bundleRules';
import BundleQueuePage from '@/packages/staff/bundle-queue/index';
import { useSession } from '@/stores/session';
import { setApiHandler } from './setup/taroMock';

const police = { userId: 'p', verified: true, name: '派出所民警', roles: [{ role: 'police' as const }], family: [] };

it("the 派出所 queue shows each child's one-month 户口 deadline, and how far it is", async () => {
  const today = todayIn(new Date());
  const soon = addDays(today, -25); // due in a few days
  const late = addDays(today, -40); // past the month
  useSession.setState({ token: 't', me: police });
  setApiHandler((_fn, body) =>
    body.action === 'me'
      ? { ok: true, data: police }
      : {
          ok: true,
          data: [
            {
              caseId: 'c1',
              caseNumber: 'CS1',
              step: 'hukou',
              status: 'pending',
              since: new Date().toISOString(),
              childName: '小满',
              childBirthDate: late,
            },
            {
              caseId: 'c2',
              caseNumber: 'CS2',
              step: 'hukou',
              status: 'pending',
              since: new Date().toISOString(),
              childName: '小禾',
              childBirthDate: soon,
            },
          ],
        },
  );
  render(<BundleQueuePage />);
  expect(await screen.findByText('小满')).toBeTruthy();
  const lateRow = document.querySelector(`[data-deadline="${hukouDueDate(late)}"]`)!;
  expect(lateRow.textContent).toMatch(/^出生登记期限 \d{4}-\d{2}-\d{2}（已超过\d+天）$/);
  expect(lateRow.className).toContain('queue-deadline-late');
  const soonRow = document.querySelector(`[data-deadline="${hukouDueDate(soon)}"]`)!;
  expect(soonRow.textContent).toMatch(/（还有\d+天）$/);
});

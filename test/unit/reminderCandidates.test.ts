// The reminder job checks only candidate families (cloud/jobs/reminderCandidates.ts); a due source
// without a candidate finder would make it check every family, so each source must have one.
import { DUE_SOURCES } from '../../cloud/handlers/children/dueNext';
import { CANDIDATE_FINDERS, reminderDays } from '../../cloud/jobs/reminderCandidates';

test('every source of due items has a candidate finder', () => {
  for (const source of DUE_SOURCES) expect(CANDIDATE_FINDERS.has(source)).toBe(true);
});

test('the reminder days are today + each of daysBefore', () => {
  expect(reminderDays('2026-12-30', [7, 1])).toEqual({ today: '2026-12-30', before: new Set(['2027-01-06', '2026-12-31']) });
});

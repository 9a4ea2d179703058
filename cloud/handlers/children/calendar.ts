// A child's vaccination calendar: the schedule from the birth date (domain/vaccine/schedule.ts) with
// the doses clinics have recorded, on today's date in Shanghai.
import { todayIn } from '../../../domain/dates';
import type { VaccineCalendar } from '../../../domain/vaccine/types';
import { calendarFor } from '../../../domain/vaccine/schedule';
import type { ChildRow } from '../../db/repos/children';
import { dosesOf } from '../../db/repos/children';
import { childrenWithCertificate, vaccineHistory } from './history';
import { childSummary, givenDoses } from './record';
import type { ChildDeps } from './upsert';

export async function calendarOfChild(deps: ChildDeps, child: ChildRow, today = todayIn(deps.clock.now())): Promise<VaccineCalendar> {
  const doses = await dosesOf(deps.db, child.id);
  const certified = await childrenWithCertificate(deps.db, [child]);
  return calendarFor(
    childSummary(child, deps.crypto),
    givenDoses(doses, deps.crypto),
    today,
    vaccineHistory(child, doses, certified.has(child.id)),
  );
}

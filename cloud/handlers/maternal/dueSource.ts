// The family's pregnancies in care, for 接下来要办 (DUE_SOURCES in cloud/handlers/children/dueNext.ts)
// and the reminders: the national checks open now or within a month, and a 高危 case's follow-up date.
import { addDays } from '../../../domain/dates';
import { IN_CARE_AFTER_BIRTH_DAYS, pregnancyDueEntries } from '../../../domain/maternal/pregnancyDue';
import { isSpecialCase } from '../../../domain/maternal/riskColours';
import { checksOf, coloursOf, latestRisks, pregnanciesOfFamily, risksOf } from '../../db/repos/pregnancies';
import type { DueSource } from '../children/dueSource';
import { calendarOf } from './view';

export const pregnancySource: DueSource = async (deps, family) => {
  const since = addDays(family.today, -IN_CARE_AFTER_BIRTH_DAYS);
  const rows = (await pregnanciesOfFamily(deps.db, family.familyId)).filter((r) => r.delivery_date === null || r.delivery_date >= since);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [checks, risks] = await Promise.all([checksOf(deps.db, ids), risksOf(deps.db, ids)]);
  const latest = latestRisks(risks);
  return rows.flatMap((row) => {
    const risk = latest.get(row.id);
    const followUp = risk && isSpecialCase(coloursOf(risk)) && risk.next_follow_up ? risk.next_follow_up : undefined;
    const calendar = calendarOf(
      row,
      checks.filter((c) => c.pregnancy_id === row.id),
      deps.crypto,
      family.today,
    );
    return pregnancyDueEntries({ id: row.id, motherName: row.mother_name, calendar, ...(followUp ? { followUp } : {}) }, family.today);
  });
};

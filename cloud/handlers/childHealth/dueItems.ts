// The child health source of 接下来要办 (DUE_SOURCES in cloud/handlers/children/dueNext.ts): each
// child's next checks and its newborn screening rechecks, with where to go.
import { childCheckCalendar } from '../../../domain/childHealth/childCheckCalendar';
import { childCheckDueItems, screeningDueItems } from '../../../domain/childHealth/dueItems';
import { checkDatesOfChildren, latestScreenings, screeningsOfChildren } from '../../db/repos/childHealth';
import type { DueSource } from '../children/dueSource';
import { calendarRecords } from './record';

export const childHealthSource: DueSource = async (deps, family) => {
  const ids = family.children.map((c) => c.id);
  const [checks, screenings] = await Promise.all([checkDatesOfChildren(deps.db, ids), screeningsOfChildren(deps.db, ids)]);
  const latest = latestScreenings(screenings);
  return family.children.flatMap((child) => {
    // Due items need the name and dates only: no ID number to decrypt (the reminder job runs this for many families).
    const summary = { id: child.id, name: child.name, birthDate: child.birth_date };
    const calendar = childCheckCalendar(summary, calendarRecords(checks.filter((r) => r.child_id === child.id)), family.today);
    const own = latest
      .filter((s) => s.child_id === child.id)
      .map((s) => ({ kind: s.kind, result: s.result, date: s.screened_on, ...(s.recheck_where ? { recheckWhere: s.recheck_where } : {}) }));
    return [...screeningDueItems(summary, own, family.today), ...childCheckDueItems(calendar, family.today)];
  });
};

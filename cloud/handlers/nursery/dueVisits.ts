// The family's accepted visits, for 接下来要办 (DUE_SOURCES in cloud/handlers/children/dueNext.ts):
// the visit day, not overdue after it — a visit that has passed simply leaves the list.
import type { DueEntry } from '../../../domain/children/dueNext';
import { dayOf } from '../../../domain/nursery/slotTime';
import { institutionNames } from '../../db/repos/nurseries';
import { acceptedVisitsOfFamily } from '../../db/repos/nurseryRequests';
import type { DueSource } from '../children/dueSource';
import { nurseryRequestLink } from './record';

export const nurseryVisitSource: DueSource = async (deps, family) => {
  const visits = await acceptedVisitsOfFamily(deps.db, family.familyId, `${family.today}T00:00`);
  if (visits.length === 0) return [];
  const names = await institutionNames(
    deps.db,
    visits.map((r) => r.institution_id),
  );
  return visits.map((r): DueEntry => {
    const child = r.child_id ? family.children.find((c) => c.id === r.child_id) : undefined;
    return {
      key: `nursery_visit:${r.id}`,
      kind: 'nursery_visit',
      ...(child ? { childId: child.id } : {}),
      childName: child?.name ?? '',
      title: `参观${names.get(r.institution_id) ?? '托育机构'}（${r.slot_start!.slice(11)}）`,
      date: dayOf(r.slot_start!),
      dateKind: 'from',
      overdue: false,
      link: nurseryRequestLink(r.id),
    };
  });
};

// What the system can know about a child's vaccination history (domain VaccineHistory): since when it
// keeps the child's record, whether anything is on record, and whether the 预防接种证 was issued here
// (the clinic's 出生一件事 step, which carries the birth doses over).
import type { Kysely } from 'kysely';
import { todayIn } from '../../../domain/dates';
import type { VaccineHistory } from '../../../domain/vaccine/types';
import { casesWithStepDone } from '../../db/repos/birthCases';
import type { ChildRow, DoseRow } from '../../db/repos/children';
import type { Database } from '../../db/tables';

function dayOf(iso: string): string {
  return todayIn(new Date(iso));
}

export function vaccineHistory(
  child: Pick<ChildRow, 'created_at'>,
  doses: readonly Pick<DoseRow, 'recorded_at'>[],
  certificateIssued: boolean,
): VaccineHistory {
  const knownSince = [child.created_at, ...doses.map((d) => d.recorded_at)].map(dayOf).reduce((a, b) => (a <= b ? a : b));
  return { knownSince, certificateIssued, anyRecorded: doses.length > 0 };
}

/** The children (of those given) whose 出生一件事 has its 预防接种证 step done. */
export async function childrenWithCertificate(
  db: Kysely<Database>,
  children: readonly Pick<ChildRow, 'id' | 'birth_case_id'>[],
): Promise<Set<string>> {
  const caseIds = children.map((c) => c.birth_case_id).filter((id): id is string => id !== null);
  if (caseIds.length === 0) return new Set();
  const cases = await casesWithStepDone(db, caseIds, 'vaccination');
  return new Set(children.filter((c) => c.birth_case_id !== null && cases.has(c.birth_case_id)).map((c) => c.id));
}

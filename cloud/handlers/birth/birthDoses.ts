// The birth doses (乙肝疫苗第1剂, 卡介苗) a 出生一件事 result names — the hospital's with the 出生医学证明,
// or the clinic's when it issues the 预防接种证 — become the child's dose records, so the calendar never
// calls them overdue. A dose already on record stays as it is (the first record wins).
import { birthDosesOf } from '../../../domain/birth/stepResultSchemas';
import type { BirthDosesGiven } from '../../../domain/birth/types';
import { hospitalName } from '../../../domain/birth/hospitals';
import type { BundleRole } from '../../../domain/birth/bundleGraph';
import { appendAudit } from '../../db/repos/audit';
import type { BirthCaseRow } from '../../db/repos/birthCases';
import { findChildOfBirthCase, insertDose } from '../../db/repos/children';
import { sealDose } from '../children/record';
import type { BirthDeps } from './create';
import { applicationOf } from './record';

export async function recordBirthDoses(
  deps: BirthDeps,
  row: BirthCaseRow,
  result: BirthDosesGiven,
  clerk: { userId: string; role: BundleRole },
  now: Date,
): Promise<void> {
  const doses = birthDosesOf(result);
  if (doses.length === 0) return;
  const child = await findChildOfBirthCase(deps.db, row.id);
  if (!child) return;
  const hospitalId = applicationOf(row, deps.crypto).child.hospitalId;
  const clinic = hospitalName(hospitalId) ?? '助产机构';
  for (const dose of doses) {
    const inserted = await insertDose(deps.db, {
      child_id: child.id,
      dose_id: dose.doseId,
      detail_enc: sealDose({ date: dose.date, product: dose.product, batch: dose.batch, clinic }, deps.crypto),
      recorded_by: clerk.userId,
      recorded_at: now.toISOString(),
    });
    if (!inserted) continue;
    await appendAudit(
      deps.db,
      {
        actorUserId: clerk.userId,
        actorRole: clerk.role,
        action: 'vaccine.record',
        targetType: 'child',
        targetId: child.id,
        detail: { doseId: dose.doseId, caseNumber: row.number },
      },
      now,
    );
  }
}

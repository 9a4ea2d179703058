// The 办件 entry a subsidy application shows up as in 我的办件 (kind 'subsidy').
import type { Kysely } from 'kysely';
import type { SubsidyStatus } from '../../../domain/subsidy/types';
import { openCase, updateCase } from '../../db/repos/cases';
import type { Database } from '../../db/tables';
import { applicationLink, applicationTitle, STATUS_TEXT } from './record';

export async function openSubsidyCase(
  db: Kysely<Database>,
  a: { id: string; applicantUserId: string; familyId: string; childName: string },
  now: Date,
): Promise<void> {
  await openCase(
    db,
    {
      kind: 'subsidy',
      refId: a.id,
      userId: a.applicantUserId,
      familyId: a.familyId,
      title: applicationTitle(a.childName),
      status: 'submitted',
      statusText: STATUS_TEXT.submitted,
      link: applicationLink(a.id),
    },
    now,
  );
}

export async function updateSubsidyCase(db: Kysely<Database>, applicationId: string, status: SubsidyStatus, now: Date): Promise<void> {
  await updateCase(db, 'subsidy', applicationId, { status, statusText: STATUS_TEXT[status] }, now);
}

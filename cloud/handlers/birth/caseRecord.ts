// The 办件 entry a 出生一件事 case shows up as in 我的办件 (kind 'birth').
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables';
import { openCase, updateCase } from '../../db/repos/cases';
import type { BirthCaseView } from '../../../domain/birth/views';
import { birthCaseLink, birthCaseTitle, CASE_STATUS_TEXT } from './record';

export async function openBirthCaseEntry(
  db: Kysely<Database>,
  c: { id: string; applicantUserId: string; familyId: string; childName: string; status: BirthCaseView['status'] },
  now: Date,
): Promise<void> {
  await openCase(
    db,
    {
      kind: 'birth',
      refId: c.id,
      userId: c.applicantUserId,
      familyId: c.familyId,
      title: birthCaseTitle(c.childName),
      status: c.status,
      statusText: CASE_STATUS_TEXT[c.status],
      link: birthCaseLink(c.id),
    },
    now,
  );
}

export async function updateBirthCaseEntry(
  db: Kysely<Database>,
  caseId: string,
  changes: { status: BirthCaseView['status']; childName?: string },
  now: Date,
): Promise<void> {
  await updateCase(
    db,
    'birth',
    caseId,
    {
      status: changes.status,
      statusText: CASE_STATUS_TEXT[changes.status],
      ...(changes.childName ? { title: birthCaseTitle(changes.childName) } : {}),
    },
    now,
  );
}

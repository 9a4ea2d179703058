// The 办件 entry a 出生一件事 case shows up as in 我的办件 (kind 'birth').
import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { Database } from '../../db/tables';
import type { BirthCaseView } from '../../../domain/birth/views';
import { birthCaseLink, birthCaseTitle, CASE_STATUS_TEXT } from './record';

export async function openBirthCaseEntry(
  db: Kysely<Database>,
  c: { id: string; applicantUserId: string; familyId: string; childName: string; status: BirthCaseView['status'] },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('cases')
    .values({
      id: newId(),
      user_id: c.applicantUserId,
      family_id: c.familyId,
      kind: 'birth',
      ref_id: c.id,
      title: birthCaseTitle(c.childName),
      status: c.status,
      status_text: CASE_STATUS_TEXT[c.status],
      link: birthCaseLink(c.id),
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateBirthCaseEntry(
  db: Kysely<Database>,
  caseId: string,
  changes: { status: BirthCaseView['status']; childName?: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      status: changes.status,
      status_text: CASE_STATUS_TEXT[changes.status],
      updated_at: now.toISOString(),
      ...(changes.childName ? { title: birthCaseTitle(changes.childName) } : {}),
    })
    .where('kind', '=', 'birth')
    .where('ref_id', '=', caseId)
    .execute();
}

// The 办件 entry a registration shows up as in 我的办件.
import type { Kysely } from 'kysely';
import { childOrderText } from '../../../domain/registration/childOrder';
import { newId } from '../../core/ids';
import type { Database } from '../../db/tables';

export function registrationCaseTitle(order: number): string {
  return `生育登记（${childOrderText(order)}）`;
}

export function registrationLink(id: string): string {
  return `/packages/registration/certificate/index?id=${encodeURIComponent(id)}`;
}

export const CASE_STATUS_TEXT = { registered: '已登记', cancelled: '已注销' } as const;

export async function openRegistrationCase(
  db: Kysely<Database>,
  r: { id: string; applicantUserId: string; familyId: string; childOrder: number },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('cases')
    .values({
      id: newId(),
      user_id: r.applicantUserId,
      family_id: r.familyId,
      kind: 'registration',
      ref_id: r.id,
      title: registrationCaseTitle(r.childOrder),
      status: 'registered',
      status_text: CASE_STATUS_TEXT.registered,
      link: registrationLink(r.id),
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateRegistrationCase(
  db: Kysely<Database>,
  registrationId: string,
  changes: { childOrder?: number; status?: keyof typeof CASE_STATUS_TEXT },
  now: Date,
): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      updated_at: now.toISOString(),
      ...(changes.childOrder !== undefined ? { title: registrationCaseTitle(changes.childOrder) } : {}),
      ...(changes.status ? { status: changes.status, status_text: CASE_STATUS_TEXT[changes.status] } : {}),
    })
    .where('kind', '=', 'registration')
    .where('ref_id', '=', registrationId)
    .execute();
}

// The 办件 entry a registration shows up as in 我的办件.
import type { Kysely } from 'kysely';
import { childOrderText } from '../../../domain/registration/childOrder';
import { pageUrl } from '../../../domain/routes';
import type { Database } from '../../db/tables';
import { openCase, updateCase } from '../../db/repos/cases';

export function registrationCaseTitle(order: number): string {
  return `生育登记（${childOrderText(order)}）`;
}

export function registrationLink(id: string): string {
  return pageUrl('/packages/registration/certificate/index', { id });
}

export const CASE_STATUS_TEXT = { registered: '已登记', cancelled: '已注销' } as const;

export async function openRegistrationCase(
  db: Kysely<Database>,
  r: { id: string; applicantUserId: string; familyId: string; childOrder: number },
  now: Date,
): Promise<void> {
  await openCase(
    db,
    {
      kind: 'registration',
      refId: r.id,
      userId: r.applicantUserId,
      familyId: r.familyId,
      title: registrationCaseTitle(r.childOrder),
      status: 'registered',
      statusText: CASE_STATUS_TEXT.registered,
      link: registrationLink(r.id),
    },
    now,
  );
}

export async function updateRegistrationCase(
  db: Kysely<Database>,
  registrationId: string,
  changes: { childOrder?: number; status?: keyof typeof CASE_STATUS_TEXT },
  now: Date,
): Promise<void> {
  await updateCase(
    db,
    'registration',
    registrationId,
    {
      ...(changes.childOrder !== undefined ? { title: registrationCaseTitle(changes.childOrder) } : {}),
      ...(changes.status ? { status: changes.status, statusText: CASE_STATUS_TEXT[changes.status] } : {}),
    },
    now,
  );
}

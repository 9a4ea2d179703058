// A request's 办件 entry (kind 'nursery') and the messages about it: the parent hears of every
// change; the institution's operators hear of new and cancelled requests.
import type { Kysely } from 'kysely';
import { requestStatusText, REQUEST_KIND_LABELS } from '../../../domain/nursery/labels';
import type { Ctx } from '../../core/context';
import { openCase, updateCase } from '../../db/repos/cases';
import type { NurseryRequestRow } from '../../db/repos/nurseryRequests';
import { usersWithRole } from '../../db/repos/users';
import type { Database } from '../../db/tables';
import { nurseryRequestLink } from './record';
import { pageUrl } from '../../../domain/routes';

export function requestTitle(row: Pick<NurseryRequestRow, 'kind'>, institutionName: string): string {
  return `${REQUEST_KIND_LABELS[row.kind]}·${institutionName}`;
}

export async function openRequestCase(db: Kysely<Database>, row: NurseryRequestRow, institutionName: string, now: Date): Promise<void> {
  await openCase(
    db,
    {
      kind: 'nursery',
      refId: row.id,
      userId: row.user_id,
      familyId: row.family_id,
      title: requestTitle(row, institutionName),
      status: row.status,
      statusText: requestStatusText(row.kind, row.status),
      link: nurseryRequestLink(row.id),
    },
    now,
  );
}

export async function updateRequestCase(
  db: Kysely<Database>,
  row: Pick<NurseryRequestRow, 'id' | 'kind'>,
  status: NurseryRequestRow['status'],
  now: Date,
): Promise<void> {
  await updateCase(db, 'nursery', row.id, { status, statusText: requestStatusText(row.kind, status) }, now);
}

export async function tellOperators(ctx: Pick<Ctx, 'db' | 'notify'>, institutionId: string, title: string, body: string): Promise<void> {
  for (const userId of await usersWithRole(ctx.db, 'nursery_operator', institutionId)) {
    await ctx.notify.send(userId, { title, body, link: pageUrl('/packages/staff/nursery-operator/index') });
  }
}

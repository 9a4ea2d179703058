// The operator's queue of visit bookings and place applications, and their answer. The parent is
// told, the 办件 entry follows; a declined visit frees its place in the slot.
import * as v from 'valibot';
import { REQUEST_KIND_LABELS } from '../../../domain/nursery/labels';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { conflict, notFound } from '../../core/errors';
import { appendAudit } from '../../db/repos/audit';
import { findInstitution, releaseSlotPlace } from '../../db/repos/nurseries';
import { findNurseryRequest, requestsOfInstitution, updateNurseryRequest, type NurseryRequestRow } from '../../db/repos/nurseryRequests';
import { reasonText, recordId } from '../common/schemas';
import { nurseryRequestLink } from './record';
import { updateRequestCase } from './requestCase';
import type { NurseryDeps } from './requestCreate';
import { operatorItem } from './requestView';
import { assertOwnInstitution, requireOperator, requireOperatorRole } from './staffAccess';
import { REQUEST_NOT_FOUND } from './requests';

const QUEUE_STATUSES = ['submitted', 'accepted', 'declined'] as const;

export const operatorRequests = action(
  strictFields('查询条件', { status: v.nullish(oneOf('处理状态', QUEUE_STATUSES)) }),
  async ({ status }, ctx) => {
    const { caller, institutionId } = requireOperator(ctx);
    const rows = await requestsOfInstitution(ctx.db, institutionId, status ?? undefined);
    // The list shows parents' names and (masked) phones: a staff read of personal data.
    await appendAudit(
      ctx.db,
      {
        actorUserId: caller.userId,
        actorRole: 'nursery_operator',
        action: 'nursery.requests.read',
        targetType: 'nursery_institution',
        targetId: institutionId,
        detail: { status: status ?? null, shown: rows.length },
      },
      ctx.clock.now(),
    );
    const items = [];
    for (const row of rows) items.push(await operatorItem(ctx.db, ctx.crypto, row));
    return items;
  },
  requireOperatorRole,
);

/** The operator's answer; used by nursery.decideNurseryRequest and by the seed. */
export async function decideRequest(
  deps: NurseryDeps,
  operator: { userId: string; institutionId: string },
  id: string,
  decision: 'accept' | 'decline',
  answer: string,
): Promise<NurseryRequestRow> {
  const row = await findNurseryRequest(deps.db, id);
  if (!row) throw notFound(REQUEST_NOT_FOUND);
  assertOwnInstitution(operator.institutionId, row.institution_id);
  if (row.status === 'cancelled') throw conflict('家长已取消该预约或申请');
  if (row.status !== 'submitted') throw conflict('该预约或申请已答复过');
  const now = deps.clock.now();
  const status = decision === 'accept' ? 'accepted' : 'declined';
  await updateNurseryRequest(deps.db, row.id, { status, answer, decided_by: operator.userId, updated_at: now.toISOString() });
  if (status === 'declined' && row.slot_id) await releaseSlotPlace(deps.db, row.slot_id);
  await updateRequestCase(deps.db, row, status, now);
  const institution = await findInstitution(deps.db, row.institution_id);
  const what = REQUEST_KIND_LABELS[row.kind];
  await deps.notify.send(row.user_id, {
    title: status === 'accepted' ? `${what}：机构已同意` : `${what}：机构未能安排`,
    body: `${institution?.name ?? '托育机构'}答复您的${what}（编号 ${row.number}）：${answer}`,
    link: nurseryRequestLink(row.id),
  });
  await appendAudit(
    deps.db,
    {
      actorUserId: operator.userId,
      actorRole: 'nursery_operator',
      action: 'nursery.request.decide',
      targetType: 'nursery_request',
      targetId: row.id,
      detail: { number: row.number, decision },
    },
    now,
  );
  return (await findNurseryRequest(deps.db, row.id))!;
}

export const decideNurseryRequest = action(
  strictFields('答复', {
    id: recordId('预约或申请'),
    decision: oneOf('答复结果', ['accept', 'decline'] as const),
    answer: reasonText('答复内容'),
  }),
  async ({ id, decision, answer }, ctx) => {
    const { caller, institutionId } = requireOperator(ctx);
    const row = await decideRequest(ctx, { userId: caller.userId, institutionId }, id, decision, answer);
    return operatorItem(ctx.db, ctx.crypto, row);
  },
  requireOperatorRole,
);

// A parent's own requests: read one, cancel one. Anyone else's id is NOT_FOUND.
import type { Ctx } from '../../core/context';
import { action } from '../../core/action';
import { conflict, notFound } from '../../core/errors';
import { requireCaller } from '../../core/guards';
import { findInstitution, releaseSlotPlace } from '../../db/repos/nurseries';
import { findNurseryRequest, updateNurseryRequest, type NurseryRequestRow } from '../../db/repos/nurseryRequests';
import { REQUEST_KIND_LABELS } from '../../../domain/nursery/labels';
import { idInput } from '../common/schemas';
import { tellOperators, updateRequestCase } from './requestCase';
import { requestView } from './requestView';

export const REQUEST_NOT_FOUND = '未找到该预约或申请';

async function ownRequest(ctx: Ctx, id: string): Promise<NurseryRequestRow> {
  const caller = requireCaller(ctx);
  const row = await findNurseryRequest(ctx.db, id);
  if (!row || row.user_id !== caller.userId) throw notFound(REQUEST_NOT_FOUND);
  return row;
}

export const getRequest = action(idInput, async ({ id }, ctx) => requestView(ctx.db, await ownRequest(ctx, id)), requireCaller);

export const cancelRequest = action(
  idInput,
  async ({ id }, ctx) => {
    const row = await ownRequest(ctx, id);
    if (row.status === 'cancelled') return requestView(ctx.db, row);
    if (row.status === 'declined') throw conflict('机构已答复未能安排，无需取消');
    const now = ctx.clock.now();
    await updateNurseryRequest(ctx.db, row.id, { status: 'cancelled', updated_at: now.toISOString() });
    if (row.slot_id) await releaseSlotPlace(ctx.db, row.slot_id);
    await updateRequestCase(ctx.db, row, 'cancelled', now);
    const institution = await findInstitution(ctx.db, row.institution_id);
    const what = REQUEST_KIND_LABELS[row.kind];
    await tellOperators(ctx, row.institution_id, `${what}已取消`, `${row.parent_name}取消了${what}（编号 ${row.number}）。`);
    await ctx.notify.send(row.user_id, {
      title: `${what}已取消`,
      body: `您向${institution?.name ?? '托育机构'}提交的${what}（编号 ${row.number}）已取消。`,
    });
    return requestView(ctx.db, (await findNurseryRequest(ctx.db, row.id))!);
  },
  requireCaller,
);

// The operator keeps their own institution current: classes and vacancies, fees, hours, visit
// slots. Every read and change is in the audit log.
import { offerSchema, visitSlotSchema } from '../../../domain/nursery/schema';
import { shanghaiLocal } from '../../../domain/nursery/slotTime';
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { deleteUnbookedSlot, findInstitution, findSlot, type InstitutionRow } from '../../db/repos/nurseries';
import { emptyInput, recordId } from '../common/schemas';
import { addSlot, setOffer } from './institutionWrite';
import { loadDetail } from './record';
import { assertOwnInstitution, requireOperator, requireOperatorRole } from './staffAccess';
import { auditTrail } from '../common/auditTrail';

async function ownInstitution(ctx: Ctx, forWrite: boolean): Promise<{ userId: string; row: InstitutionRow }> {
  const { caller, institutionId } = requireOperator(ctx);
  const row = await findInstitution(ctx.db, institutionId);
  if (!row) throw notFound('未找到您所在的托育机构，请联系卫生健康局');
  if (forWrite && row.filing_status === 'revoked') throw conflict('本机构备案已被撤销，暂不能修改服务信息，请联系卫生健康局');
  return { userId: caller.userId, row };
}

const audit = auditTrail('nursery_operator', 'nursery_institution');

async function staffDetail(ctx: Ctx, id: string) {
  const row = await findInstitution(ctx.db, id);
  if (!row) throw new Error('institution vanished in its own transaction');
  return loadDetail(ctx.db, row, ctx.clock.now(), 'staff');
}

export const operatorInstitution = action(
  emptyInput,
  async (_input, ctx) => {
    const { userId, row } = await ownInstitution(ctx, false);
    await audit(ctx, userId, 'nursery.institution.read', row.id);
    return loadDetail(ctx.db, row, ctx.clock.now(), 'staff');
  },
  requireOperatorRole,
);

export const updateNurseryOffer = action(
  offerSchema,
  async (offer, ctx) => {
    const { userId, row } = await ownInstitution(ctx, true);
    await setOffer(ctx, row.id, offer);
    await audit(ctx, userId, 'nursery.offer.update', row.id, {
      classes: offer.classes.map((c) => ({ kind: c.kind, capacity: c.capacity, enrolled: c.enrolled })),
    });
    return staffDetail(ctx, row.id);
  },
  requireOperatorRole,
);

export const addVisitSlot = action(
  (ctx) => visitSlotSchema(shanghaiLocal(ctx.clock.now())),
  async (slot, ctx) => {
    const { userId, row } = await ownInstitution(ctx, true);
    const id = await addSlot(ctx, row.id, slot);
    await audit(ctx, userId, 'nursery.slot.add', row.id, { slotId: id, start: slot.start });
    return staffDetail(ctx, row.id);
  },
  requireOperatorRole,
);

export const removeVisitSlot = action(
  strictFields('参观时段', { slotId: recordId('参观时段') }),
  async ({ slotId }, ctx) => {
    const { userId, row } = await ownInstitution(ctx, true);
    const slot = await findSlot(ctx.db, slotId);
    if (!slot) throw notFound('未找到该参观时段');
    assertOwnInstitution(row.id, slot.institution_id);
    if (slot.booked > 0 || !(await deleteUnbookedSlot(ctx.db, slot.id))) {
      throw conflict('该时段已有家庭预约，不能删除；请先在预约列表中答复这些家庭');
    }
    await audit(ctx, userId, 'nursery.slot.remove', row.id, { slotId, start: slot.start });
    return staffDetail(ctx, row.id);
  },
  requireOperatorRole,
);

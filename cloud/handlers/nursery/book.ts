// Booking a visit: a slot of a filed institution, not begun, not full, not already held by the
// caller; the child, when named, of the caller's family.
import type * as v from 'valibot';
import { bookVisitSchema } from '../../../domain/nursery/schema';
import { shanghaiLocal } from '../../../domain/nursery/slotTime';
import type { NurseryRequestView } from '../../../domain/nursery/types';
import { action } from '../../core/action';
import { conflict, notFound } from '../../core/errors';
import { requireVerified } from '../../core/guards';
import { findSlot, takeSlotPlace } from '../../db/repos/nurseries';
import { liveBookingOf, type NurseryRequestRow } from '../../db/repos/nurseryRequests';
import { alreadyBooked, childOfFamily, createNurseryRequest, filedInstitution, verifiedUserRow, type NurseryDeps } from './requestCreate';
import { requestView } from './requestView';

export const SLOT_NOT_FOUND = '未找到该参观时段，可能已被机构取消，请刷新后重新选择';

export async function bookVisitFor(
  deps: NurseryDeps,
  userId: string,
  input: v.InferOutput<typeof bookVisitSchema>,
): Promise<NurseryRequestRow> {
  const user = await verifiedUserRow(deps, userId);
  const institution = await filedInstitution(deps, input.institutionId);
  const slot = await findSlot(deps.db, input.slotId);
  if (!slot || slot.institution_id !== institution.id) throw notFound(SLOT_NOT_FOUND);
  if (slot.start <= shanghaiLocal(deps.clock.now())) throw conflict('该参观时段已开始或已结束，请选择其他时段');
  const child = input.childId ? await childOfFamily(deps, user, input.childId) : undefined;
  if (await liveBookingOf(deps.db, slot.id, user.id)) throw alreadyBooked();
  if (!(await takeSlotPlace(deps.db, slot.id))) throw conflict('该参观时段已约满，请选择其他时段');
  return createNurseryRequest(
    deps,
    user,
    institution,
    {
      kind: 'visit',
      institution_id: institution.id,
      slot_id: slot.id,
      slot_start: slot.start,
      slot_duration_min: slot.duration_min,
      visitors: input.visitors,
      class_kind: null,
      care_type: null,
      start_month: null,
      child_id: child?.id ?? null,
      note: null,
    },
    input.phone,
    alreadyBooked,
  );
}

export const bookVisit = action(
  bookVisitSchema,
  async (input, ctx): Promise<NurseryRequestView> => {
    const caller = requireVerified(ctx);
    return requestView(ctx.db, await bookVisitFor(ctx, caller.userId, input));
  },
  requireVerified,
);

// The family's own child-centred actions: account.children, account.dueNext and vaccine.calendar.
import type { ChildSummary, DueItem } from '../../../domain/children/types';
import { todayIn } from '../../../domain/dates';
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { requireCaller } from '../../core/guards';
import { childrenOfFamily } from '../../db/repos/children';
import { emptyInput, recordId } from '../common/schemas';
import { familyChild, familyOfCaller } from './access';
import { calendarOfChild } from './calendar';
import { dueEntriesOfFamily, dueItem } from './dueNext';
import { childSummary } from './record';

export const childIdInput = strictFields('请求参数', { childId: recordId('孩子') });

/** The caller's family's children, oldest first, ID numbers masked. */
export const myChildren = action(
  emptyInput,
  async (_input, ctx): Promise<ChildSummary[]> => {
    const familyId = await familyOfCaller(ctx);
    if (!familyId) return [];
    return (await childrenOfFamily(ctx.db, familyId)).map((c) => childSummary(c, ctx.crypto));
  },
  requireCaller,
);

/** What the family should do next across services, overdue first, then soonest. */
export const dueNext = action(
  emptyInput,
  async (_input, ctx): Promise<DueItem[]> => {
    const familyId = await familyOfCaller(ctx);
    if (!familyId) return [];
    return (await dueEntriesOfFamily(ctx, familyId, todayIn(ctx.clock.now()))).map(dueItem);
  },
  requireCaller,
);

/** A child of the caller's family; any other child is NOT_FOUND. */
export const calendar = action(
  childIdInput,
  async ({ childId }, ctx) => calendarOfChild(ctx, await familyChild(ctx, childId)),
  requireCaller,
);

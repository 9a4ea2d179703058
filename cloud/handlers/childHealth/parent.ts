// The family's side: one child's health page. Any child not of the caller's family is NOT_FOUND.
import { todayIn } from '../../../domain/dates';
import type { ChildHealthView } from '../../../domain/childHealth/types';
import { action } from '../../core/action';
import { requireCaller } from '../../core/guards';
import { familyChild } from '../children/access';
import { childIdInput } from '../children/actions';
import { childHealthOf } from './view';

export const overview = action(
  childIdInput,
  async ({ childId }, ctx): Promise<ChildHealthView> => childHealthOf(ctx, await familyChild(ctx, childId), todayIn(ctx.clock.now())),
  requireCaller,
);

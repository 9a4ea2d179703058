// A department's queue: its steps that are pending or accepted, oldest first (since = when the step
// reached the department). Only the child's name and birth date: opening one is a separate,
// audited read (bundleStep).
import * as v from 'valibot';
import { BUNDLE_STEP_KEYS } from '../../../domain/birth/bundleGraph';
import type { BundleStepKey } from '../../../domain/birth/types';
import type { QueueItem } from '../../../domain/birth/views';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { queueOf } from '../../db/repos/birthCases';
import { requireBundleClerk, requireStepRole, stepsOfClerk } from './bundleAccess';

export const bundleQueue = action(
  strictFields('查询条件', { step: v.optional(oneOf('办理事项', BUNDLE_STEP_KEYS)) }),
  async ({ step }, ctx): Promise<QueueItem[]> => {
    // One step when asked (a clerk holding several roles picks one), else every step of theirs.
    let steps: BundleStepKey[];
    if (step) {
      requireStepRole(ctx, step);
      steps = [step];
    } else {
      steps = stepsOfClerk(requireBundleClerk(ctx));
    }
    const rows = await queueOf(ctx.db, steps);
    return rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.number,
      step: r.step as BundleStepKey,
      status: r.status as QueueItem['status'],
      since: r.since,
      childName: r.child_name,
      childBirthDate: r.child_birth_date,
    }));
  },
  requireBundleClerk,
);

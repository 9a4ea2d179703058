// A department's queue: its steps that are pending or accepted, oldest first (since = when the step
// reached the department). Only the child's name and birth date: opening one is a separate,
// audited read (bundleStep). The list itself shows children's names and birth dates, so reading it
// is a staff read too (docs/decisions.md §7): the steps asked for and the row count are audited.
import * as v from 'valibot';
import { BUNDLE_STEP_KEYS, roleForStep } from '../../../domain/birth/bundleGraph';
import type { BundleStepKey } from '../../../domain/birth/types';
import type { QueueItem } from '../../../domain/birth/views';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { appendAudit } from '../../db/repos/audit';
import { queueOf } from '../../db/repos/birthCases';
import { requireBundleClerk, requireStepRole, stepsOfClerk } from './bundleAccess';

export const bundleQueue = action(
  strictFields('查询条件', { step: v.optional(oneOf('办理事项', BUNDLE_STEP_KEYS)) }),
  async ({ step }, ctx): Promise<QueueItem[]> => {
    // One step when asked (a clerk holding several roles picks one), else every step of theirs.
    let steps: BundleStepKey[];
    let clerk: { userId: string; role: string };
    if (step) {
      const { caller, role } = requireStepRole(ctx, step);
      steps = [step];
      clerk = { userId: caller.userId, role };
    } else {
      const caller = requireBundleClerk(ctx);
      steps = stepsOfClerk(caller);
      clerk = { userId: caller.userId, role: steps.map(roleForStep).join(',') };
    }
    const rows = await queueOf(ctx.db, steps);
    await appendAudit(
      ctx.db,
      {
        actorUserId: clerk.userId,
        actorRole: clerk.role,
        action: 'bundle.queue',
        targetType: 'bundle_step',
        targetId: step ?? '*',
        detail: { steps, count: rows.length },
      },
      ctx.clock.now(),
    );
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

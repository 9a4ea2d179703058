// One step as its department sees it, and the three decisions a clerk makes on it. Every read and
// every decision is in the audit log (who, what, when); the decisions themselves live in
// handlers/birth/stepFlow.ts, shared with the parent's resubmission and the seed.
import { BUNDLE_STEP_KEYS } from '../../../domain/birth/bundleGraph';
import { resultShown } from '../../../domain/birth/stepResultSchemas';
import type { BundleStepKey } from '../../../domain/birth/types';
import type { StepWork } from '../../../domain/birth/views';
import * as v from 'valibot';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import { appendAudit } from '../../db/repos/audit';
import { caseFileIds, eventsOf, findBirthCase, stepsOf } from '../../db/repos/birthCases';
import { reasonText, recordId } from '../common/schemas';
import { applicationOf, eventView, resultOf, resultsOf } from '../birth/record';
import { acceptBundleStep, completeBundleStep, rejectBundleStep } from '../birth/stepFlow';
import { departmentCanSee, requireBundleClerk, requireStepRole } from './bundleAccess';
import { departmentData } from './bundleData';

export const STEP_NOT_FOUND = '未找到该事项，或该事项尚未转到本部门';

const target = { caseId: recordId('办件标识'), step: oneOf('办理事项', BUNDLE_STEP_KEYS) };

/** The step with only its department's data. NOT_FOUND while it has not reached the department. */
async function stepWork(ctx: Ctx, caseId: string, step: BundleStepKey): Promise<StepWork> {
  const row = await findBirthCase(ctx.db, caseId);
  const steps = row ? await stepsOf(ctx.db, caseId) : [];
  const own = steps.find((s) => s.step === step);
  if (!row || !own || !departmentCanSee(own.status)) throw notFound(STEP_NOT_FOUND);
  const input = applicationOf(row, ctx.crypto);
  const result = resultOf(own, ctx.crypto);
  const fileIds = step === 'hukou' ? await caseFileIds(ctx.db, caseId) : [];
  return {
    caseId: row.id,
    caseNumber: row.number,
    step,
    status: own.status,
    since: own.since,
    data: departmentData(step, input, resultsOf(steps, ctx.crypto), fileIds),
    events: (await eventsOf(ctx.db, caseId, step)).map(eventView),
    ...(result ? { result: resultShown(step, result, { childBirthDate: row.child_birth_date, revealChildId: true }) } : {}),
    childBirthDate: row.child_birth_date,
  };
}

export const bundleStep = action(strictFields('查询条件', target), async ({ caseId, step }, ctx) => {
  const { caller, role } = requireStepRole(ctx, step);
  const work = await stepWork(ctx, caseId, step);
  await appendAudit(
    ctx.db,
    { actorUserId: caller.userId, actorRole: role, action: 'bundle.read', targetType: 'birth_case', targetId: caseId, detail: { number: work.caseNumber, step } },
    ctx.clock.now(),
  );
  return work;
}, requireBundleClerk);

export const acceptStep = action(strictFields('受理信息', target), async ({ caseId, step }, ctx) => {
  const { caller, role } = requireStepRole(ctx, step);
  await acceptBundleStep(ctx, caseId, step, { userId: caller.userId, role });
  return stepWork(ctx, caseId, step);
}, requireBundleClerk);

export const completeStep = action(
  // The result's own shape depends on the step; stepFlow checks it with stepResultSchema(step, …).
  strictFields('办结信息', { ...target, result: v.unknown() }),
  async ({ caseId, step, result }, ctx) => {
    const { caller, role } = requireStepRole(ctx, step);
    await completeBundleStep(ctx, caseId, step, result, { userId: caller.userId, role });
    return stepWork(ctx, caseId, step);
  },
  requireBundleClerk,
);

export const rejectStep = action(strictFields('退回信息', { ...target, reason: reasonText('退回原因') }), async ({ caseId, step, reason }, ctx) => {
  const { caller, role } = requireStepRole(ctx, step);
  await rejectBundleStep(ctx, caseId, step, reason, { userId: caller.userId, role });
  return stepWork(ctx, caseId, step);
}, requireBundleClerk);

// One step as its department sees it, and the three decisions a clerk makes on it. Every read and
// every decision is in the audit log (who, what, when); the decisions themselves live in
// handlers/birth/stepFlow.ts, shared with the parent's resubmission and the seed.
import { BUNDLE_STEP_KEYS } from '../../../domain/birth/bundleGraph';
import { resultShown } from '../../../domain/birth/stepResultSchemas';
import type { BundleStepKey } from '../../../domain/birth/types';
import type { Shown, StepWork } from '../../../domain/birth/views';
import * as v from 'valibot';
import { oneOf, requiredText, strictFields, typeMessage } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { invalidInput, notFound } from '../../core/errors';
import { appendAudit } from '../../db/repos/audit';
import { caseFileIds, eventsOf, findBirthCase, stepsOf } from '../../db/repos/birthCases';
import { reasonText, recordId } from '../common/schemas';
import { applicationOf, eventView, resultOf, resultsOf } from './record';
import { acceptBundleStep, completeBundleStep, rejectBundleStep } from './stepFlow';
import { departmentCanSee, requireBundleClerk, requireStepRole } from './bundleAccess';
import { departmentData } from './bundleData';

export const STEP_NOT_FOUND = '未找到该事项，或该事项尚未转到本部门';

const target = { caseId: recordId('办件标识'), step: oneOf('办理事项', BUNDLE_STEP_KEYS) };

/**
 * Rows the parent changed since the step was returned carry `before` (what the department saw then).
 * Rows are matched by label; a label shown several times (the 户口簿 photos) compares as a whole.
 */
function changedSince(now: Shown[], then: readonly Shown[]): Shown[] {
  const valuesOf = (rows: readonly Shown[], label: string) => rows.filter((r) => r.label === label).map((r) => r.value);
  return now.map((row) => {
    const before = valuesOf(then, row.label);
    return before.join('、') === valuesOf(now, row.label).join('、') ? row : { ...row, before: before.join('、') };
  });
}

/** The step with only its department's data. NOT_FOUND while it has not reached the department. */
async function stepWork(ctx: Ctx, caseId: string, step: BundleStepKey): Promise<StepWork> {
  const row = await findBirthCase(ctx.db, caseId);
  const steps = row ? await stepsOf(ctx.db, caseId) : [];
  const own = steps.find((s) => s.step === step);
  if (!row || !own || !departmentCanSee(own.status)) throw notFound(STEP_NOT_FOUND);
  const input = applicationOf(row, ctx.crypto);
  const result = resultOf(own, ctx.crypto);
  const fileIds = step === 'hukou' ? await caseFileIds(ctx.db, caseId) : [];
  const data = departmentData(step, input, resultsOf(steps, ctx.crypto), fileIds);
  const seenAtReturn = own.rejected_data_enc ? (JSON.parse(ctx.crypto.decrypt(own.rejected_data_enc)) as Shown[]) : null;
  return {
    caseId: row.id,
    caseNumber: row.number,
    step,
    status: own.status,
    since: own.since,
    data: seenAtReturn ? changedSince(data, seenAtReturn) : data,
    events: (await eventsOf(ctx.db, caseId, step)).map(eventView),
    ...(result ? { result: resultShown(step, result, { childBirthDate: row.child_birth_date, revealChildId: true }) } : {}),
    childBirthDate: row.child_birth_date,
  };
}

export const bundleStep = action(
  strictFields('查询条件', target),
  async ({ caseId, step }, ctx) => {
    const { caller, role } = requireStepRole(ctx, step);
    const work = await stepWork(ctx, caseId, step);
    await appendAudit(
      ctx.db,
      {
        actorUserId: caller.userId,
        actorRole: role,
        action: 'bundle.read',
        targetType: 'birth_case',
        targetId: caseId,
        detail: { number: work.caseNumber, step },
      },
      ctx.clock.now(),
    );
    return work;
  },
  requireBundleClerk,
);

export const acceptStep = action(
  strictFields('受理信息', target),
  async ({ caseId, step }, ctx) => {
    const { caller, role } = requireStepRole(ctx, step);
    await acceptBundleStep(ctx, caseId, step, { userId: caller.userId, role });
    return stepWork(ctx, caseId, step);
  },
  requireBundleClerk,
);

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

const MAX_FIELDS_TO_FIX = 30;
const fieldsToFix = v.optional(
  v.pipe(
    v.array(requiredText('需要补正的项目', 40), typeMessage('需要补正的项目')),
    v.maxLength(MAX_FIELDS_TO_FIX, `需要补正的项目最多${MAX_FIELDS_TO_FIX}项`),
  ),
);

export const rejectStep = action(
  strictFields('退回信息', { ...target, reason: reasonText('退回原因'), fields: fieldsToFix }),
  async ({ caseId, step, reason, fields = [] }, ctx) => {
    const { caller, role } = requireStepRole(ctx, step);
    // The named fields must be rows of what this department sees (by their application field).
    const seen = (await stepWork(ctx, caseId, step)).data.map(({ before: _, ...row }) => row);
    const named = [...new Set(fields)].map((field) => ({ field, label: seen.find((r) => r.field === field)?.label }));
    const unknown = named.find((f) => !f.label);
    if (unknown) throw invalidInput({ fields: `需要补正的项目“${unknown.field}”不在本事项的办理信息中` });
    const toFix = named.map((f) => ({ field: f.field, label: f.label! }));
    await rejectBundleStep(ctx, caseId, step, reason, { userId: caller.userId, role }, { fields: toFix, seen });
    return stepWork(ctx, caseId, step);
  },
  requireBundleClerk,
);

// Moving one step of a case: a clerk accepts, completes (with the department's result) or rejects;
// the parent resubmits a rejected step. Each move is checked by the domain's bundle graph, written
// with its events, reflected in the case and 办件 status, announced to the applicant and — for a
// clerk — written to the audit log. Shared by the staff handlers, birth.resubmitStep and the seed.
import {
  applyTransition,
  BUNDLE_STEPS,
  bundleStep,
  caseStatus,
  StepTransitionError,
  type BundleRole,
  type StepStatuses,
} from '../../../domain/birth/bundleGraph';
import { RESULT_LABELS } from '../../../domain/birth/fieldLabels';
import { resultShown, stepResultSchema } from '../../../domain/birth/stepResultSchemas';
import type { BirthApplicationInput, BundleStepKey, StepResults, StepStatus } from '../../../domain/birth/types';
import type { FieldToFix, Shown } from '../../../domain/birth/views';
import { todayIn } from '../../../domain/dates';
import { validate, WHOLE_INPUT_KEY } from '../../../domain/validation';
import { conflict, invalidInput, notFound } from '../../core/errors';
import { appendAudit } from '../../db/repos/audit';
import {
  appendEvents,
  lockBirthCase,
  otherCaseHasChildIdHash,
  replaceCaseFiles,
  setBirthCaseStatus,
  stepsOf,
  updateBirthCase,
  updateStep,
  type BirthCaseRow,
  type NewEvent,
} from '../../db/repos/birthCases';
import { childOutsideCaseHasIdHash } from '../../db/repos/children';
import { claimIssuedNumber } from '../../db/repos/issuedNumbers';
import { refusedAsDuplicate } from '../../db/uniqueViolation';
import { maskForLog } from '../../security/maskForLog';
import { childFromBirthCase, setChildIdNumber } from '../children/upsert';
import { recordCaseBirth } from '../dashboard/birthFacts';
import { recordStepDone } from '../dashboard/stepDurations';
import { leaveFamily } from '../registration/family';
import { askOtherParent } from './otherParentConsent';
import { CASE_NOT_FOUND } from './access';
import { updateBirthCaseEntry } from './caseRecord';
import { recordBirthDoses } from './birthDoses';
import { assertNoTwin, twinConflict, type BirthDeps } from './create';
import { lockedFieldChanges } from './lockedFields';
import { applicationOf, birthCaseLink, inputColumns, statusesOf } from './record';

export interface Clerk {
  userId: string;
  role: BundleRole;
}

interface Locked {
  row: BirthCaseRow;
  statuses: StepStatuses;
}

async function lockForWrite(deps: BirthDeps, caseId: string, now: Date): Promise<Locked> {
  const row = await lockBirthCase(deps.db, caseId, now);
  if (!row) throw notFound(CASE_NOT_FOUND);
  return { row, statuses: statusesOf(await stepsOf(deps.db, caseId)) };
}

function move(statuses: StepStatuses, step: BundleStepKey, to: StepStatus) {
  try {
    return applyTransition(statuses, step, to);
  } catch (e) {
    if (e instanceof StepTransitionError) throw conflict(`${e.message}，请刷新后查看最新进度`);
    throw e;
  }
}

/** The case's status after a move, on the case row and its 办件 entry. */
async function settle(
  deps: BirthDeps,
  row: BirthCaseRow,
  statuses: StepStatuses,
  now: Date,
  childName?: string,
): Promise<BirthCaseRow['status']> {
  const status = caseStatus(statuses);
  await setBirthCaseStatus(deps.db, row.id, status, now);
  await updateBirthCaseEntry(deps.db, row.id, { status, ...(childName ? { childName } : {}) }, now);
  return status;
}

async function setStep(
  deps: BirthDeps,
  caseId: string,
  step: BundleStepKey,
  changes: {
    status: StepStatus;
    since?: string;
    result_json_enc?: string | null;
    reject_reason?: string | null;
    reject_fields?: string | null;
    rejected_data_enc?: string | null;
  },
  now: Date,
): Promise<void> {
  await updateStep(deps.db, caseId, step, changes, now);
}

async function audit(
  deps: BirthDeps,
  clerk: Clerk,
  action: string,
  row: BirthCaseRow,
  detail: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await appendAudit(
    deps.db,
    {
      actorUserId: clerk.userId,
      actorRole: clerk.role,
      action,
      targetType: 'birth_case',
      targetId: row.id,
      detail: { number: row.number, ...detail },
    },
    now,
  );
}

function notice(deps: BirthDeps, row: BirthCaseRow, title: string, body: string) {
  // Message bodies are stored in clear: anything that looks like an ID number or phone is masked.
  return deps.notify.send(row.applicant_user_id, { title: maskForLog(title), body: maskForLog(body), link: birthCaseLink(row.id) });
}

export async function acceptBundleStep(deps: BirthDeps, caseId: string, step: BundleStepKey, clerk: Clerk): Promise<void> {
  const now = deps.clock.now();
  const { row, statuses } = await lockForWrite(deps, caseId, now);
  const next = move(statuses, step, 'accepted');
  const { department, title } = bundleStep(step);
  await setStep(deps, caseId, step, { status: 'accepted' }, now);
  await appendEvents(deps.db, caseId, [{ step, status: 'accepted', by: 'clerk', actorUserId: clerk.userId }], now);
  await settle(deps, row, next.statuses, now);
  await notice(deps, row, `${title}已受理`, `${department}已受理您的${title}申请（办件编号 ${row.number}），正在办理。`);
  await audit(deps, clerk, 'bundle.accept', row, { step }, now);
}

function prefixed(fields: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, m]) => [k === WHOLE_INPUT_KEY ? prefix : `${prefix}.${k}`, m]));
}

const childIdTaken = () => invalidInput({ 'result.childIdNumber': '该公民身份号码已登记给其他孩子，请核对' });

/** The result field of each step that numbers a document: one document, one case. */
const DOCUMENT_NUMBER_FIELDS = {
  birth_certificate: 'certificateNumber',
  vaccination: 'certificateNumber',
  medical_insurance: 'insuranceNumber',
  social_security: 'cardNumber',
} as const satisfies Partial<{ [K in BundleStepKey]: keyof StepResults[K] }>;

async function claimDocumentNumber(deps: BirthDeps, caseId: string, step: BundleStepKey, result: unknown, now: Date): Promise<void> {
  if (!(step in DOCUMENT_NUMBER_FIELDS)) return;
  const kind = step as keyof typeof DOCUMENT_NUMBER_FIELDS;
  const field = DOCUMENT_NUMBER_FIELDS[kind];
  const number = (result as Record<string, string>)[field]!;
  const refused = () => {
    const label = (RESULT_LABELS[kind] as Record<string, string>)[field];
    return invalidInput({ [`result.${field}`]: `该${label}已用于另一办件，请核对证件` });
  };
  const claimed = await refusedAsDuplicate(() => claimIssuedNumber(deps.db, kind, deps.crypto.hash(number), caseId, now), refused);
  if (!claimed) throw refused();
}

/** Checks a result against the step's schema (errors keyed `result.<field>`) and the case's own facts. */
async function checkedResult<K extends BundleStepKey>(
  deps: BirthDeps,
  row: BirthCaseRow,
  step: K,
  raw: unknown,
  today: string,
): Promise<StepResults[K]> {
  const checked = validate(stepResultSchema(step, { childBirthDate: row.child_birth_date, today, childSex: row.child_sex }), raw);
  if (!checked.ok) throw invalidInput(prefixed(checked.fields, 'result'));
  if (step === 'hukou') {
    const { childIdNumber } = checked.value as StepResults['hukou'];
    const hash = deps.crypto.hash(childIdNumber);
    if ((await otherCaseHasChildIdHash(deps.db, hash, row.id)) || (await childOutsideCaseHasIdHash(deps.db, hash, row.id)))
      throw childIdTaken();
  }
  return checked.value;
}

export async function completeBundleStep<K extends BundleStepKey>(
  deps: BirthDeps,
  caseId: string,
  step: K,
  raw: unknown,
  clerk: Clerk,
): Promise<void> {
  const now = deps.clock.now();
  const { row, statuses } = await lockForWrite(deps, caseId, now);
  const next = move(statuses, step, 'done');
  const result = await checkedResult(deps, row, step, raw, todayIn(now));
  await claimDocumentNumber(deps, caseId, step, result, now);
  const { department, title } = bundleStep(step);

  await setStep(
    deps,
    caseId,
    step,
    {
      status: 'done',
      result_json_enc: deps.crypto.encrypt(JSON.stringify(result)),
      reject_reason: null,
      reject_fields: null,
      rejected_data_enc: null,
    },
    now,
  );
  await recordStepDone(deps.db, caseId, step, now);
  for (const key of next.unlocked) await setStep(deps, caseId, key, { status: 'pending', since: now.toISOString() }, now);
  if (step === 'hukou') {
    const { childIdNumber } = result as StepResults['hukou'];
    // checkedResult made sure nobody else has the number; the unique indexes catch a request that raced past it.
    await refusedAsDuplicate(async () => {
      await updateBirthCase(deps.db, caseId, { child_id_hash: deps.crypto.hash(childIdNumber) });
      // The child record carries the number too (encrypted, with its hash): the clinic finds it by it.
      await setChildIdNumber(deps, row, childIdNumber);
    }, childIdTaken);
  }
  if (step === 'birth_certificate' || step === 'vaccination')
    await recordBirthDoses(deps, row, result as StepResults['vaccination'], clerk, now);
  const events: NewEvent[] = [
    { step, status: 'done', by: 'clerk', actorUserId: clerk.userId },
    ...next.unlocked.map((key): NewEvent => ({
      step: key,
      status: 'pending',
      by: 'system',
      actorUserId: null,
      note: `${title}已办结，已转到${bundleStep(key).department}`,
    })),
  ];
  await appendEvents(deps.db, caseId, events, now);
  const status = await settle(deps, row, next.statuses, now);

  const returned = resultShown(step, result, { childBirthDate: row.child_birth_date })
    .map((s) => `${s.label}：${s.value}`)
    .join('；');
  const unlocked = next.unlocked.map((key) => bundleStep(key).title);
  await notice(
    deps,
    row,
    `${title}已办结`,
    `${department}已办结您的${title}（办件编号 ${row.number}）。${returned}。` +
      (unlocked.length > 0 ? `${unlocked.join('、')}已自动转办。` : '') +
      (status === 'completed' ? '“出生一件事”全部事项已办结。' : ''),
  );
  await audit(deps, clerk, 'bundle.complete', row, { step, unlocked: next.unlocked, caseStatus: status }, now);
}

/**
 * What a returned step tells the parent besides the reason: the fields the clerk named, and the
 * department's data as it stood (so the clerk who gets it back sees what changed).
 */
export interface ReturnedFor {
  fields: readonly FieldToFix[];
  seen: readonly Shown[];
}

export async function rejectBundleStep(
  deps: BirthDeps,
  caseId: string,
  step: BundleStepKey,
  reason: string,
  clerk: Clerk,
  returnedFor?: ReturnedFor,
): Promise<void> {
  const now = deps.clock.now();
  const { row, statuses } = await lockForWrite(deps, caseId, now);
  const next = move(statuses, step, 'rejected');
  const { department, title } = bundleStep(step);
  await setStep(
    deps,
    caseId,
    step,
    {
      status: 'rejected',
      reject_reason: reason,
      reject_fields: returnedFor && returnedFor.fields.length > 0 ? JSON.stringify(returnedFor.fields) : null,
      rejected_data_enc: returnedFor ? deps.crypto.encrypt(JSON.stringify(returnedFor.seen)) : null,
    },
    now,
  );
  await appendEvents(deps.db, caseId, [{ step, status: 'rejected', by: 'clerk', actorUserId: clerk.userId, note: reason }], now);
  await settle(deps, row, next.statuses, now);
  await notice(
    deps,
    row,
    `${title}需要补正`,
    `${department}退回了您的${title}申请（办件编号 ${row.number}），需要补正：${reason}` +
      (returnedFor && returnedFor.fields.length > 0 ? `（请核对：${returnedFor.fields.map((f) => f.label).join('、')}）` : '') +
      '。请在办件中修改后重新提交该事项，其他事项的办理不受影响。',
  );
  await audit(deps, clerk, 'bundle.reject', row, { step, reason, fields: returnedFor?.fields.map((f) => f.field) ?? [] }, now);
}

/**
 * The applicant fixes a rejected step: the whole (re-validated) input is stored, that step goes back
 * to its department, every other step keeps its status. `pathPrefix` is where the input sits in the
 * action's input ('input.').
 */
export async function resubmitBundleStep(
  deps: BirthDeps,
  caseId: string,
  step: BundleStepKey,
  input: BirthApplicationInput,
  parentUserId: string,
  pathPrefix: string,
): Promise<void> {
  const now = deps.clock.now();
  const { row, statuses } = await lockForWrite(deps, caseId, now);
  const next = move(statuses, step, 'pending');
  const before = applicationOf(row, deps.crypto);

  const included = BUNDLE_STEPS.filter((s) => statuses[s.key] !== 'excluded').map((s) => s.key);
  if (JSON.stringify(included) !== JSON.stringify(input.services)) {
    throw invalidInput({ [`${pathPrefix}services`]: '补正时不能更改办理事项；如需增减事项，请重新申请' });
  }
  const locked = lockedFieldChanges(before, input, statuses, step, pathPrefix);
  if (Object.keys(locked).length > 0) throw invalidInput(locked);

  const columns = inputColumns(input, deps.crypto);
  await assertNoTwin(deps.db, row.family_id, input.child, caseId);
  await refusedAsDuplicate(
    () => updateBirthCase(deps.db, caseId, columns),
    () => twinConflict(input.child.name),
  );
  if (columns.other_parent_id_hash !== row.other_parent_id_hash) {
    // As a 生育登记 correction does: the parent named by mistake leaves the family (unless another
    // active record of it names them); the right one is asked (这是我 / 这不是我).
    await leaveFamily(deps.db, row.family_id, row.other_parent_id_hash);
    await askOtherParent(deps, { ...row, ...columns }, input.applicant.name);
  }
  // A fixed name, sex or birth date (allowed while the certificate is not issued) reaches the child too.
  await childFromBirthCase(deps, { ...row, ...columns });
  await replaceCaseFiles(
    deps.db,
    caseId,
    input.attachments.map((a) => a.fileId),
  );
  await recordCaseBirth(deps.db, row, input, now);
  await setStep(deps, caseId, step, { status: 'pending', since: now.toISOString(), reject_reason: null }, now);
  await appendEvents(
    deps.db,
    caseId,
    [{ step, status: 'pending', by: 'parent', actorUserId: parentUserId, note: '已补正并重新提交' }],
    now,
  );
  await settle(deps, row, next.statuses, now, input.child.name !== row.child_name ? input.child.name : undefined);
  const { department, title } = bundleStep(step);
  await notice(deps, row, `${title}已重新提交`, `您已补正并重新提交${title}（办件编号 ${row.number}），${department}将重新办理。`);
}

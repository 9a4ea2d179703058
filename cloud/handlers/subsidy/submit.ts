// Submitting a claim: the server runs the engine again for today (Shanghai) on the facts it derives
// itself, and claims every payment that is claimable and not claimed yet by an application that was
// not rejected. Number, claims, papers, event, 办件 and inbox message, all in the caller's
// transaction. Used by subsidy.apply and by the demo seed, so seeded applications look exactly like
// real ones.
import { todayIn } from '../../../domain/dates';
import { formatYuan } from '../../../domain/money';
import { evaluateChild } from '../../../domain/subsidy/engine';
import { anyNeedsPolicy, claimWithPolicy } from '../../../domain/subsidy/insurancePolicy';
import type { Entitlement, Evaluation, InsurancePolicyInput, SubsidyApplyInput, SubsidyLine } from '../../../domain/subsidy/types';
import { REVIEW_WORKING_DAYS } from '../../../domain/subsidy/procedure';
import { addWorkingDays } from '../../../domain/subsidy/workingDays';
import type { Ctx } from '../../core/context';
import { conflict, invalidInput } from '../../core/errors';
import { newId } from '../../core/ids';
import { appendAudit } from '../../db/repos/audit';
import type { ChildRow } from '../../db/repos/children';
import {
  allocateApplicationNumber,
  appendEvent,
  applicationsOfChild,
  applicationsOfFamily,
  claimsOfChildren,
  insertApplication,
  insertClaims,
  type SubsidyApplicationRow,
} from '../../db/repos/subsidies';
import type { UserRow } from '../../db/repos/users';
import { refusedAsDuplicate } from '../../db/uniqueViolation';
import { assertMayApply, previousAccountOrFail } from './applicant';
import { openSubsidyCase } from './caseRecord';
import { childRecord } from './facts';
import { checkPapers, storeChildIdNumber } from './papers';
import { currentRules } from './policy';
import { ACCOUNT_KIND_TEXT, applicationLink, ruleSummary } from './record';

export type SubsidyDeps = Pick<Ctx, 'db' | 'crypto' | 'notify' | 'clock'>;

export const PAPERS_NEEDED = '系统中还没有孩子的户口信息，请填写孩子的公民身份号码、出生医学证明编号和户籍所在乡镇，并上传户口簿照片';
export const PAPERS_NOT_NEEDED = '系统已有孩子的户口信息，无需再填写证件';

function lineOf(e: Entitlement, policy?: InsurancePolicyInput): SubsidyLine {
  return {
    ruleId: e.ruleId,
    ruleName: e.ruleName,
    periodKey: e.periodKey,
    periodLabel: e.periodLabel,
    from: e.from,
    to: e.to,
    ...(e.months !== undefined ? { months: e.months } : {}),
    amountFen: e.amountFen,
    ...(policy ? { policy } : {}),
  };
}

export const POLICY_NOT_COVERING = '保险期间与可申领的意外伤害险参保补贴年度不重合，请核对保单的保险起止日期';

const claimKey = (c: { ruleId: string; periodKey: string }) => `${c.ruleId}\u0000${c.periodKey}`;

/** The explanation when there is nothing to claim today: what opens next, if anything. */
export function nothingClaimable(childName: string, evaluation: Evaluation, needsPolicy = false) {
  if (needsPolicy)
    return invalidInput({ insurance: `${childName}目前可申领的是意外伤害险参保补贴：请填写已购买保单的保险公司、保单号和保险期间` });
  const next = evaluation.entitlements
    .filter((e) => e.state === 'upcoming')
    .sort((a, b) => (a.applyFrom < b.applyFrom ? -1 : a.applyFrom > b.applyFrom ? 1 : 0))[0];
  const hint = next ? `；${next.ruleName}（${next.periodLabel}）可于${next.applyFrom}起申领` : '';
  return conflict(`${childName}目前没有可以申领的补贴（已申领过的不能重复申领）${hint}`);
}

interface AccountColumns {
  account_kind: SubsidyApplicationRow['account_kind'];
  account_holder: SubsidyApplicationRow['account_holder'];
  account_holder_name: string;
  account_bank_name: string;
  account_number_enc: string;
  account_last4: string;
}

function accountColumns(
  deps: SubsidyDeps,
  input: SubsidyApplyInput['account'],
  previous: () => SubsidyApplicationRow,
  names: { applicant: string; child: string },
): AccountColumns {
  if (input.kind === 'previous') {
    const last = previous();
    return {
      account_kind: last.account_kind,
      account_holder: last.account_holder,
      account_holder_name: last.account_holder_name,
      account_bank_name: last.account_bank_name,
      account_number_enc: last.account_number_enc,
      account_last4: last.account_last4,
    };
  }
  return {
    account_kind: input.kind,
    account_holder: input.holder,
    account_holder_name: input.holder === 'applicant' ? names.applicant : names.child,
    account_bank_name: input.bankName,
    account_number_enc: deps.crypto.encrypt(input.accountNumber),
    account_last4: input.accountNumber.slice(-4),
  };
}

/** Returns the new application's id. `input` has passed subsidyApplySchema; `child` is of the applicant's family. */
export async function submitApplication(deps: SubsidyDeps, applicant: UserRow, child: ChildRow, input: SubsidyApplyInput): Promise<string> {
  const now = deps.clock.now();
  const today = todayIn(now);
  if (!applicant.verified_name || !applicant.family_id) throw new Error('a subsidy applicant is a verified member of a family');
  const [family, earlier] = await Promise.all([applicationsOfFamily(deps.db, applicant.family_id), applicationsOfChild(deps.db, child.id)]);
  // applicationsOfFamily is newest first.
  assertMayApply([...family].reverse(), applicant.id, child.name);

  const id = newId();
  const held = await childRecord(deps, child);
  if (held.papersNeeded && !input.papers) throw invalidInput({ papers: PAPERS_NEEDED });
  if (!held.papersNeeded && input.papers) throw invalidInput({ papers: PAPERS_NOT_NEEDED });
  if (input.papers) await checkPapers(deps, applicant.id, child, input.papers);
  const record = input.papers ? await childRecord(deps, child, { childId: child.id, applicationId: id }) : held;

  const rules = await currentRules(deps);
  const evaluation = evaluateChild(record.facts, today, rules);
  const claimed = new Set((await claimsOfChildren(deps.db, [child.id])).map(claimKey));
  const open = evaluation.entitlements.filter((e) => e.state === 'claimable' && !claimed.has(claimKey(e)));
  // A 参保补贴 is paid against the policy bought, for the periods it covers; never for every child.
  const { claimed: claimable, uncovered, policyUnused } = claimWithPolicy(open, rules, input.insurance);
  if (policyUnused && open.length > 0) throw invalidInput({ insurance: POLICY_NOT_COVERING });
  if (claimable.length === 0) throw nothingClaimable(child.name, evaluation, uncovered.length > 0);
  const lines = claimable.map((e) => lineOf(e, anyNeedsPolicy([e], rules) ? input.insurance : undefined));
  const totalFen = lines.reduce((sum, l) => sum + l.amountFen, 0);

  const account = accountColumns(deps, input.account, () => previousAccountOrFail(earlier), {
    applicant: applicant.verified_name,
    child: child.name,
  });
  const number = await allocateApplicationNumber(deps.db, now);
  const reviewDueBy = addWorkingDays(today, REVIEW_WORKING_DAYS);
  const at = now.toISOString();
  await insertApplication(deps.db, {
    id,
    number,
    family_id: applicant.family_id,
    child_id: child.id,
    applicant_user_id: applicant.id,
    applicant_name: applicant.verified_name,
    status: 'submitted',
    submitted_at: at,
    review_due_by: reviewDueBy,
    reject_reason: null,
    lines_json: JSON.stringify(lines),
    total_fen: totalFen,
    rules_version: evaluation.rulesVersion,
    ...account,
    papers_enc: input.papers ? deps.crypto.encrypt(JSON.stringify(input.papers)) : null,
    papers_file_id: input.papers?.hukouBookFileId ?? null,
    batch_id: null,
    paid_on: null,
    updated_at: at,
  });
  // The primary key refuses a period another request claimed between the check and here.
  await refusedAsDuplicate(
    () => insertClaims(deps.db, child.id, id, lines),
    () => nothingClaimable(child.name, evaluation),
  );
  if (input.papers) await storeChildIdNumber(deps, child, input.papers.idNumber);

  const summary = ruleSummary(lines);
  await appendEvent(
    deps.db,
    id,
    { status: 'submitted', actorUserId: applicant.id, note: `申领${summary}，合计${formatYuan(totalFen)}` },
    now,
  );
  await openSubsidyCase(deps.db, { id, applicantUserId: applicant.id, familyId: applicant.family_id, childName: child.name }, now);
  // A claim on public money leaves a trail from its first step: who applied, for what, to which account (last 4).
  await appendAudit(
    deps.db,
    {
      actorUserId: applicant.id,
      actorRole: 'parent',
      action: 'subsidy.apply',
      targetType: 'subsidy_application',
      targetId: id,
      detail: { number, lines: lines.length, totalFen, accountLast4: account.account_last4, papers: input.papers !== undefined },
    },
    now,
  );
  await deps.notify.send(applicant.id, {
    title: '补贴申请已提交',
    body:
      `您为${child.name}申领的${summary}合计${formatYuan(totalFen)}已提交，申请编号 ${number}。` +
      `审核通过后发放到尾号${account.account_last4}的${ACCOUNT_KIND_TEXT[account.account_kind]}；卫生健康局将在${reviewDueBy}前完成审核。`,
    link: applicationLink(id),
  });
  return id;
}

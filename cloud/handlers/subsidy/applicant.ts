// One applicant per family, for all its children (national 育儿补贴 rules: 由婴幼儿父母一方或其他监护人
// 申领): the parent who first applied for any child of the family — in an application that was not
// rejected — applies for every child; their last account is the one a renewal reuses. The check runs
// in the apply transaction, which writers take one at a time on both engines (cloud/db/transaction.ts),
// so a father and a mother applying at the same moment cannot both become the applicant.
import { forbidden, invalidInput } from '../../core/errors';
import type { SubsidyApplicationRow } from '../../db/repos/subsidies';

export interface Applicant {
  userId: string;
  name: string;
}

/** `applications` (of the whole family) oldest first. */
export function applicantOf(applications: readonly SubsidyApplicationRow[]): Applicant | undefined {
  const first = applications.find((a) => a.status !== 'rejected');
  return first && { userId: first.applicant_user_id, name: first.applicant_name };
}

/** `familyApplications`: every application of the family, oldest first. */
export function assertMayApply(familyApplications: readonly SubsidyApplicationRow[], userId: string, childName: string): void {
  const applicant = applicantOf(familyApplications);
  if (applicant && applicant.userId !== userId) {
    throw forbidden(`您家的补贴已由${applicant.name}申领：每个家庭由一位家长为所有孩子申领，${childName}的补贴也请由${applicant.name}办理`);
  }
}

/** The account of the latest application that was not rejected; `applications` oldest first. */
export function lastAccountOf(applications: readonly SubsidyApplicationRow[]): SubsidyApplicationRow | undefined {
  return applications.filter((a) => a.status !== 'rejected').at(-1);
}

export const NO_PREVIOUS_ACCOUNT = '还没有可沿用的收款账户，请填写银行卡或社保卡信息';

export function previousAccountOrFail(applications: readonly SubsidyApplicationRow[]): SubsidyApplicationRow {
  const last = lastAccountOf(applications);
  if (!last) throw invalidInput({ account: NO_PREVIOUS_ACCOUNT });
  return last;
}

// One applicant per family (national 育儿补贴 rules): the parent who first applied for a child — in an
// application that was not rejected — is that child's applicant; their last account is the one a
// renewal reuses.
import { forbidden, invalidInput } from '../../core/errors';
import type { SubsidyApplicationRow } from '../../db/repos/subsidies';

export interface Applicant {
  userId: string;
  name: string;
}

/** `applications` oldest first. */
export function applicantOf(applications: readonly SubsidyApplicationRow[]): Applicant | undefined {
  const first = applications.find((a) => a.status !== 'rejected');
  return first && { userId: first.applicant_user_id, name: first.applicant_name };
}

export function assertMayApply(applications: readonly SubsidyApplicationRow[], userId: string, childName: string): void {
  const applicant = applicantOf(applications);
  if (applicant && applicant.userId !== userId) {
    throw forbidden(`${childName}的补贴由${applicant.name}申请（每个家庭由一位家长申领），请由${applicant.name}办理`);
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

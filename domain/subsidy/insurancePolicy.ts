// A 参保补贴 (盈发〔2023〕8号 二（四）1: 「对……婴幼儿购买意外伤害险给予每人每年50元参保补贴」) is paid
// against a policy the parent bought: a period of such a rule is claimed only when the policy named
// on the application covers some day of it. The page's preview and the server's claim both use this.
import type { RuleSet } from './ruleTypes';
import type { Entitlement, InsurancePolicyInput } from './types';

export interface PolicyClaim {
  /** What is claimed: every open entitlement that needs no policy, and those the policy covers. */
  claimed: Entitlement[];
  /** Entitlements that need a policy and are not covered (none given, or another period). */
  uncovered: Entitlement[];
  /** A policy was named but covers none of the open periods that need one. */
  policyUnused: boolean;
}

const needsPolicy = (rules: RuleSet, ruleId: string) => rules.rules.find((r) => r.id === ruleId)?.requires === 'insurance-policy';

const covers = (policy: InsurancePolicyInput, e: Pick<Entitlement, 'from' | 'to'>) => policy.from <= e.to && policy.to >= e.from;

export function claimWithPolicy(open: readonly Entitlement[], rules: RuleSet, policy?: InsurancePolicyInput): PolicyClaim {
  const claimed: Entitlement[] = [];
  const uncovered: Entitlement[] = [];
  let used = false;
  for (const e of open) {
    if (!needsPolicy(rules, e.ruleId)) claimed.push(e);
    else if (policy && covers(policy, e)) {
      claimed.push(e);
      used = true;
    } else uncovered.push(e);
  }
  return { claimed, uncovered, policyUnused: policy !== undefined && !used };
}

/** Whether any of these entitlements is paid only against a policy. */
export function anyNeedsPolicy(entitlements: readonly Pick<Entitlement, 'ruleId'>[], rules: RuleSet): boolean {
  return entitlements.some((e) => needsPolicy(rules, e.ruleId));
}

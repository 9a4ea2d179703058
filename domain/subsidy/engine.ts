// The subsidy rules engine (docs/decisions.md §3): what a child (or the parents) are owed under a rule set,
// when to apply, and why — or, rule by rule, why not. Pure: the caller passes the day, so the
// mini-program's preview and the server's authoritative answer are the same computation. The engine
// knows nothing of claims already made; the server merges those. Every period up to the age limit
// is listed, upcoming ones too, so a child's per-year timeline is complete; `state` tells them apart.
import { isCalendarDate } from '../dates';
import { childRuleOutcome } from './childRule';
import { parentRuleOutcome } from './parentRule';
import { RULES, type RuleSet } from './rules';
import type { ChildFacts, Entitlement, Evaluation, FamilyFacts, NotApplicable } from './types';

function checkDay(asOf: string): void {
  if (!isCalendarDate(asOf)) throw new RangeError(`Not a calendar date: ${asOf}`);
}

/** Every child rule, in the rule set's order: each gives payments or one reason it does not apply. */
export function evaluateChild(child: ChildFacts, asOf: string, rules: RuleSet = RULES): Evaluation {
  checkDay(asOf);
  const entitlements: Entitlement[] = [];
  const notApplicable: NotApplicable[] = [];
  for (const rule of rules.rules) {
    if (rule.subject !== 'child') continue;
    const outcome = childRuleOutcome(rule, child, asOf, rules);
    if ('reason' in outcome) notApplicable.push({ ruleId: rule.id, ruleName: rule.name, reason: outcome.reason });
    else entitlements.push(...outcome.entitlements);
  }
  return { asOf, rulesVersion: rules.version, entitlements, notApplicable };
}

/**
 * Family-level rules (失独 parents), per parent. A family with no bereaved parent on record gets an
 * empty answer rather than a list of reasons: the rule is not about them, and naming it would hurt.
 */
export function evaluateFamily(family: FamilyFacts, asOf: string, rules: RuleSet = RULES): Evaluation {
  checkDay(asOf);
  const entitlements: Entitlement[] = [];
  const notApplicable: NotApplicable[] = [];
  for (const rule of rules.rules) {
    if (rule.subject !== 'parent') continue;
    for (const parent of family.bereavedParents ?? []) {
      const outcome = parentRuleOutcome(rule, parent, asOf, rules);
      if ('reason' in outcome) notApplicable.push({ ruleId: rule.id, ruleName: rule.name, reason: outcome.reason, parent: parent.parent });
      else entitlements.push(...outcome.entitlements);
    }
  }
  return { asOf, rulesVersion: rules.version, entitlements, notApplicable };
}

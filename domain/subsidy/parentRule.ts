// One parent rule (seed 二（五）2: 失独 parents) applied to one parent: a payment per calendar year,
// counted in months from the month the parent qualified.
import { formatYuan } from '../money';
import { PARENT_TEXT, cnNumber, monthRangeText } from './explain';
import { laterDate, monthEnd, monthOf, monthStart, yearEnd, yearOf, yearStart } from './months';
import { applyWindow, byYear, monthRange, payableSpan, spanMonths, stateOn, unitAmount } from './periods';
import type { RuleSet, SubsidyRule } from './ruleTypes';
import type { Entitlement, FamilyFacts } from './types';

export type BereavedParent = NonNullable<FamilyFacts['bereavedParents']>[number];

export type ParentOutcome = { entitlements: Entitlement[] } | { reason: string };

function gradeText(grade: number): string {
  return `${cnNumber(grade)}级`;
}

/** Periods run from the month the parent qualified to the end of the current year (the rule has no end). */
export function parentRuleOutcome(rule: SubsidyRule, parent: BereavedParent, asOf: string, rules: RuleSet): ParentOutcome {
  const who = PARENT_TEXT[parent.parent];
  const maxGrade = rule.eligibility.maxDisabilityGrade;
  if (maxGrade !== undefined) {
    const grade = parent.disabilityGrade;
    const required = `${rule.name}只适用于经依法鉴定伤病残达到${cnNumber(maxGrade)}级以上（一至${cnNumber(maxGrade)}级）的失独父母`;
    if (grade === undefined) return { reason: `${who}尚无伤病残鉴定等级：${required}` };
    if (grade > maxGrade) return { reason: `${who}伤病残${gradeText(grade)}：${required}` };
  }
  const span = payableSpan(rule, rules);
  const start = laterDate(parent.since, span.from ?? parent.since);
  const [lo, hi] = spanMonths(span, monthOf(start), monthOf(yearEnd(Math.max(yearOf(asOf), yearOf(start)))));
  const months = monthRange(lo, hi);
  if (months.length === 0) return { reason: `${rule.name}的发放期已结束` };

  const unit = unitAmount(rule, 1) ?? 0;
  const monthly = rule.schedule.kind === 'monthly';
  const grade = parent.disabilityGrade === undefined ? '' : `（伤病残${gradeText(parent.disabilityGrade)}）`;
  const entitlements: Entitlement[] = [];
  [...byYear(months).entries()].forEach(([year, ms], i) => {
    const first = ms[0];
    const last = ms[ms.length - 1];
    const window = applyWindow(rule, laterDate(yearStart(year), start), year, i === 0);
    if ('closedOn' in window) return;
    const amountFen = monthly ? unit * ms.length : unit;
    const count = monthly ? `，${monthRangeText(first, last)}计${ms.length}个月×${formatYuan(unit)}` : '';
    entitlements.push({
      ruleId: rule.id,
      ruleName: rule.name,
      periodKey: `${year}:${parent.parent}`,
      periodLabel: `${year}年度（${who}）`,
      from: monthStart(first),
      to: monthEnd(last),
      ...(rule.proration === 'months' ? { months: ms.length } : {}),
      amountFen,
      ...window,
      state: stateOn(asOf, window.applyFrom, window.applyBy),
      parent: parent.parent,
      why: `失独${who}${grade}${count}：${rule.name}${year}年度${formatYuan(amountFen)}`,
    });
  });
  return { entitlements };
}

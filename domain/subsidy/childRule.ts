// One child rule applied to one child: every payment it owes, or the one reason it owes nothing.
// The checks run from what cannot change (birth date, 孩次, age) to what can (hukou, death), so the
// reason given is the most basic one.
import { addDays } from '../dates';
import { formatYuan } from '../money';
import {
  LOCAL_COUNTY,
  birthMonthText,
  cnNumber,
  dateText,
  monthRangeText,
  monthText,
  multipleBirthText,
  orderText,
  ordersText,
  windowText,
} from './explain';
import { LOCAL_PLACE, localStays, sortedSpells, stayOfMonth, type LocalStay } from './hukou';
import { birthdayAt, laterDate, monthEnd, monthOf, monthStart, yearEnd, yearOf, yearStart, type MonthIndex } from './months';
import { applyWindow, byYear, inWindow, monthRange, payableSpan, spanMonths, stateOn, unitAmount, type Span } from './periods';
import type { RuleSet, RuleSettings, SubsidyRule } from './ruleTypes';
import type { ChildFacts, Entitlement } from './types';

export type Outcome = { entitlements: Entitlement[] } | { reason: string };

const ASK_HUKOU_COUNTY = '请向户籍所在地县（市、区）申领';

/** 孩次 of this child under the multiple-birth setting (ChildFacts.birthOrder is the birth's order). */
export function childBirthOrder(child: ChildFacts, settings: RuleSettings): number {
  if (!child.multipleBirth || settings.multipleBirthOrder === 'same') return child.birthOrder;
  return child.birthOrder + child.multipleBirth.index - 1;
}

/** The months the child's age allows, before hukou and death are considered. */
function ageMonths(rule: SubsidyRule, child: ChildFacts, settings: RuleSettings): [MonthIndex, MonthIndex] {
  const born = monthOf(child.birthDate);
  const limit = rule.schedule.kind === 'once' ? undefined : rule.schedule.untilAgeYears;
  if (limit === undefined) return [born, Number.POSITIVE_INFINITY];
  const birthday = birthdayAt(child.birthDate, limit);
  // A yearly rule pays every calendar year in which the child is under the age on some day.
  if (rule.schedule.kind === 'yearly') return [born, monthOf(addDays(birthday, -1))];
  const before = rule.schedule.kind === 'monthly' ? rule.schedule.limitMonthCountsForBirthsBefore : undefined;
  if (before !== undefined && child.birthDate < before) return [born, monthOf(birthday)];
  return settings.monthCounting === 'birth-month-in' ? [born, monthOf(birthday) - 1] : [born + 1, monthOf(birthday)];
}

function countingText(rule: SubsidyRule, child: ChildFacts, settings: RuleSettings, limit: number): string {
  const before = rule.schedule.kind === 'monthly' ? rule.schedule.limitMonthCountsForBirthsBefore : undefined;
  if (before !== undefined && child.birthDate < before) return `满${cnNumber(limit)}周岁当月计入`;
  return settings.monthCounting === 'birth-month-in' ? `满${cnNumber(limit)}周岁当月不计` : '出生当月不计';
}

function noMonthsReason(rule: SubsidyRule, child: ChildFacts, span: Span, settings: RuleSettings): string {
  if (span.supersededBy && child.birthDate >= span.supersededBy.from) {
    const next = span.supersededBy.rule.name;
    return `${dateText(child.birthDate)}出生：${rule.name}自${dateText(span.supersededBy.from)}起并入${next}，请申领${next}`;
  }
  if (rule.closedNote && span.to && child.birthDate > span.to) return `${dateText(child.birthDate)}出生：${rule.closedNote}`;
  const limit = rule.schedule.kind === 'once' ? undefined : rule.schedule.untilAgeYears;
  if (limit !== undefined) {
    const counting = rule.schedule.kind !== 'monthly' ? '' : `（${countingText(rule, child, settings, limit)}）`;
    const start = span.from ? `自${dateText(span.from)}起发放` : '';
    return `${dateText(child.birthDate)}出生，${dateText(birthdayAt(child.birthDate, limit))}满${cnNumber(limit)}周岁：${rule.name}${start}${counting}，没有可发放的月份`;
  }
  return `${rule.name}只发放${windowText(span)}的补贴，${dateText(child.birthDate)}出生的孩子没有可发放的年度`;
}

function hukouReason(rule: SubsidyRule, child: ChildFacts, stays: readonly LocalStay[]): string | undefined {
  if (child.hukou.length === 0) return '尚未办理户口登记：户口登记完成后可申领';
  if (rule.eligibility.hukou === 'first-spell-local' && sortedSpells(child)[0].place !== LOCAL_PLACE) {
    return `户口未登记在${LOCAL_COUNTY}：${rule.name}只适用于新出生并户口登记在${LOCAL_COUNTY}的孩子`;
  }
  if (rule.eligibility.hukou === 'local' && stays.length === 0) return `户口不在${LOCAL_COUNTY}，${ASK_HUKOU_COUNTY}`;
  return undefined;
}

function movedOutReason(rule: SubsidyRule, stays: readonly LocalStay[]): string {
  const out = [...stays].reverse().find((s) => s.movedOutOn !== undefined);
  if (!out?.movedOutOn) return `户口不在${LOCAL_COUNTY}，${ASK_HUKOU_COUNTY}`;
  const after = rule.eligibility.hukou === 'local' ? ASK_HUKOU_COUNTY : `${rule.name}自迁出次月起停发`;
  return `户口已于${dateText(out.movedOutOn)}迁出${LOCAL_COUNTY}，${after}`;
}

function onceOutcome(rule: SubsidyRule, child: ChildFacts, order: number, stays: readonly LocalStay[], asOf: string): Outcome {
  const amountFen = unitAmount(rule, order) ?? 0;
  const opens = laterDate(child.birthDate, stays[0]?.since ?? child.birthDate);
  const window = applyWindow(rule, opens, yearOf(child.birthDate), true, child.birthDate);
  if ('closedOn' in window) return { reason: lateHukouReason(rule, opens, window.closedOn) };
  const stay = stays[0];
  if (rule.eligibility.hukou && stay?.lastDay !== undefined && stay.movedOutOn !== undefined && stay.lastDay < window.applyBy) {
    if (asOf >= stay.movedOutOn) {
      return { reason: `户口已于${dateText(stay.movedOutOn)}迁出${LOCAL_COUNTY}：${rule.name}须在户口迁出前申领` };
    }
    window.applyBy = stay.lastDay;
  }
  const who = `${birthMonthText(child.birthDate)}出生的${orderText(order)}${multipleBirthText(child.multipleBirth)}`;
  return {
    entitlements: [
      {
        ruleId: rule.id,
        ruleName: rule.name,
        periodKey: 'once',
        periodLabel: '一次性',
        from: child.birthDate,
        to: child.birthDate,
        amountFen,
        ...window,
        state: stateOn(asOf, window.applyFrom, window.applyBy),
        why: `${who}，户口登记在${LOCAL_COUNTY}：${rule.name}${formatYuan(amountFen)}`,
      },
    ],
  };
}

function lateHukouReason(rule: SubsidyRule, opens: string, closedOn: string): string {
  return `户口登记日期（${dateText(opens)}）晚于${rule.name}申领截止日期（${dateText(closedOn)}）`;
}

/** Why a period is the last one: the hukou left the county, or the child died, in its last month. */
function periodNote(
  rule: SubsidyRule,
  year: number,
  months: readonly MonthIndex[],
  stays: readonly LocalStay[],
  child: ChildFacts,
): string {
  const last = months[months.length - 1];
  const until = rule.schedule.kind === 'monthly' ? `${rule.name}发放至${monthText(last)}` : `${year}年度为最后一个发放年度`;
  const stay = stayOfMonth(stays, last);
  if (stay?.movedOutOn && monthOf(stay.movedOutOn) === last) return `；户口于${dateText(stay.movedOutOn)}迁出${LOCAL_COUNTY}，${until}`;
  if (child.deceasedOn && monthOf(child.deceasedOn) === last) return `；孩子于${dateText(child.deceasedOn)}离世，${until}`;
  return '';
}

function recurringOutcome(
  rule: SubsidyRule,
  child: ChildFacts,
  order: number,
  months: readonly MonthIndex[],
  stays: readonly LocalStay[],
  span: Span,
  asOf: string,
): Outcome {
  const unit = unitAmount(rule, order) ?? 0;
  const monthly = rule.schedule.kind === 'monthly';
  const limit = rule.schedule.kind === 'once' ? undefined : rule.schedule.untilAgeYears;
  const who = `${birthMonthText(child.birthDate)}出生${rule.eligibility.birthOrders ? `的${orderText(order)}` : ''}${multipleBirthText(child.multipleBirth)}`;
  const entitlements: Entitlement[] = [];
  let late: { opens: string; closedOn: string } | undefined;
  const years = [...byYear(months).entries()];
  years.forEach(([year, ms], i) => {
    const first = ms[0];
    const last = ms[ms.length - 1];
    let opens = laterDate(yearStart(year), stayOfMonth(stays, first)?.since ?? child.birthDate);
    // A window never opens before the rule itself starts paying.
    if (span.from) opens = laterDate(opens, span.from);
    const window = applyWindow(rule, opens, year, i === 0, child.birthDate);
    if ('closedOn' in window) {
      late = { opens, closedOn: window.closedOn };
      return;
    }
    const amountFen = monthly ? unit * ms.length : unit;
    const age =
      limit === undefined
        ? ''
        : monthly
          ? `，${monthRangeText(first, last)}未满${cnNumber(limit)}周岁`
          : `，${year}年内未满${cnNumber(limit)}周岁`;
    const count = monthly ? `，计${ms.length}个月×${formatYuan(unit)}` : '';
    entitlements.push({
      ruleId: rule.id,
      ruleName: rule.name,
      periodKey: String(year),
      periodLabel: `${year}年度`,
      from: monthly ? laterDate(monthStart(first), child.birthDate) : laterDate(yearStart(year), child.birthDate),
      to: monthly ? monthEnd(last) : yearEnd(year),
      ...(rule.proration === 'months' ? { months: ms.length } : {}),
      amountFen,
      ...window,
      state: stateOn(asOf, window.applyFrom, window.applyBy),
      why: `${who}，户口登记在${LOCAL_COUNTY}${age}${count}：${rule.name}${year}年度${formatYuan(amountFen)}${periodNote(rule, year, ms, stays, child)}`,
    });
  });
  if (entitlements.length === 0 && late) return { reason: lateHukouReason(rule, late.opens, late.closedOn) };
  return { entitlements };
}

export function childRuleOutcome(rule: SubsidyRule, child: ChildFacts, asOf: string, rules: RuleSet): Outcome {
  const { settings } = rules;
  const order = childBirthOrder(child, settings);
  const orders = rule.eligibility.birthOrders;
  const births = rule.effective.births;
  if (births && !inWindow(child.birthDate, births)) {
    return {
      reason: `${dateText(child.birthDate)}出生：${rule.name}只适用于${windowText(births)}出生的${orders ? ordersText(orders) : '孩子'}`,
    };
  }
  if (orders && (!orders.includes(order) || unitAmount(rule, order) === undefined)) {
    return { reason: `${orderText(order)}${multipleBirthText(child.multipleBirth)}：${rule.name}只适用于${ordersText(orders)}` };
  }
  const span = payableSpan(rule, rules);
  const stays = localStays(child);

  if (rule.schedule.kind === 'once') {
    if (!inWindow(child.birthDate, span)) return { reason: noMonthsReason(rule, child, span, settings) };
    const hukou = rule.eligibility.hukou ? hukouReason(rule, child, stays) : undefined;
    if (hukou) return { reason: hukou };
    return onceOutcome(rule, child, order, stays, asOf);
  }

  // Without an age limit or a span end, a recurring rule is listed up to the end of the current year.
  const cap = monthOf(yearEnd(Math.max(yearOf(asOf), yearOf(child.birthDate))));
  const [ageLo, ageHi] = ageMonths(rule, child, settings);
  const [lo, hi] = spanMonths(span, ageLo, Number.isFinite(ageHi) || span.to ? ageHi : cap);
  const candidates = monthRange(lo, hi);
  if (candidates.length === 0) return { reason: noMonthsReason(rule, child, span, settings) };

  let months = candidates;
  if (rule.eligibility.hukou) {
    const hukou = hukouReason(rule, child, stays);
    if (hukou) return { reason: hukou };
    months = months.filter((m) => stayOfMonth(stays, m) !== undefined);
    if (months.length === 0) return { reason: movedOutReason(rule, stays) };
  }
  if (child.deceasedOn) {
    const died = monthOf(child.deceasedOn);
    months = months.filter((m) => m <= died);
    if (months.length === 0) return { reason: `孩子于${dateText(child.deceasedOn)}离世：${rule.name}不发放离世次月起的补贴` };
  }
  return recurringOutcome(rule, child, order, months, stays, span, asOf);
}

import { isCalendarDate } from '../../domain/dates';
import { evaluateChild } from '../../domain/subsidy/engine';
import { RULES, ruleById, type Deadline, type RuleSet, type SubsidyRule } from '../../domain/subsidy/rules';
import { openQuestionsOf } from '../../domain/subsidy/openQuestions';
import { CARE800, INSURANCE, NATIONAL, ONCE, answer, child, totalFen } from './subsidyHelpers';

const AS_OF = '2026-11-28';
const CHINESE = /[\u4e00-\u9fff]/;

/** A copy of RULES with one rule changed — what a policy edit looks like. */
function edited(id: string, change: (rule: SubsidyRule) => void): RuleSet {
  const copy = structuredClone(RULES);
  const rule = copy.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  change(rule);
  return copy;
}

function deadlines(rule: SubsidyRule): Deadline[] {
  return [rule.apply.by, ...(rule.apply.firstPeriodBy ? [rule.apply.firstPeriodBy] : [])];
}

describe('RULES is well-formed', () => {
  it('has a version date and a note for every setting', () => {
    expect(isCalendarDate(RULES.version)).toBe(true);
    expect(Object.keys(RULES.settingNotes).sort()).toEqual(Object.keys(RULES.settings).sort());
    for (const note of Object.values(RULES.settingNotes)) expect(note).toMatch(CHINESE);
  });

  it('ids are unique and every rule is found by ruleById', () => {
    const ids = RULES.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ruleById(id)?.id).toBe(id);
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it.each(RULES.rules.map((r) => [r.id, r] as const))('%s: names, issuer and sources in Chinese', (_id, rule) => {
    expect(rule.name).toMatch(CHINESE);
    expect(rule.issuer).toMatch(CHINESE);
    expect(rule.basis.length).toBeGreaterThan(0);
    for (const basis of rule.basis) {
      expect(basis.document).toMatch(CHINESE);
      expect(basis.clause.length).toBeGreaterThan(0);
    }
    for (const note of [...(rule.notes ?? []), ...openQuestionsOf(rule.id)]) expect(note).toMatch(CHINESE);
  });

  it.each(RULES.rules.map((r) => [r.id, r] as const))('%s: windows are real dates in order', (_id, rule) => {
    for (const window of [rule.effective.births, rule.effective.periods]) {
      if (!window) continue;
      for (const d of [window.from, window.to]) if (d !== undefined) expect(isCalendarDate(d)).toBe(true);
      if (window.from && window.to) expect(window.from <= window.to).toBe(true);
    }
    for (const d of deadlines(rule)) {
      if (d.kind === 'date') expect(isCalendarDate(d.date)).toBe(true);
      else {
        expect(Number.isInteger(d.plusYears) && d.plusYears >= 0).toBe(true);
        if (d.notBefore !== undefined) expect(isCalendarDate(d.notBefore)).toBe(true);
      }
    }
  });

  it.each(RULES.rules.map((r) => [r.id, r] as const))('%s: amounts are whole fen, one for every qualifying order', (_id, rule) => {
    const amounts = rule.amount.kind === 'flat' ? [rule.amount.fen] : Object.values(rule.amount.fen);
    for (const fen of amounts) expect(Number.isInteger(fen) && fen > 0).toBe(true);
    if (rule.amount.kind === 'byOrder') {
      expect(Object.keys(rule.amount.fen).map(Number).sort()).toEqual([...(rule.eligibility.birthOrders ?? [])].sort());
    }
  });

  it('every supersedes target exists, is another rule, and is replaced inside its own window', () => {
    for (const rule of RULES.rules) {
      for (const s of rule.supersedes ?? []) {
        const target = ruleById(s.ruleId);
        expect(target).toBeDefined();
        expect(s.ruleId).not.toBe(rule.id);
        expect(isCalendarDate(s.from)).toBe(true);
        const starts = target?.effective.periods?.from;
        if (starts) expect(starts < s.from).toBe(true);
      }
    }
  });

  it('every recurring child rule ends: an age limit, a period end or a rule that replaces it', () => {
    const replaced = new Set(RULES.rules.flatMap((r) => (r.supersedes ?? []).map((s) => s.ruleId)));
    for (const rule of RULES.rules.filter((r) => r.subject === 'child' && r.schedule.kind !== 'once')) {
      const ageLimit = rule.schedule.kind !== 'once' && rule.schedule.untilAgeYears !== undefined;
      expect(ageLimit || rule.effective.periods?.to !== undefined || replaced.has(rule.id)).toBe(true);
    }
  });

  it('parent rules use nothing about a child', () => {
    for (const rule of RULES.rules.filter((r) => r.subject === 'parent')) {
      expect(rule.effective.births).toBeUndefined();
      expect(rule.eligibility.birthOrders).toBeUndefined();
      expect(rule.eligibility.hukou).toBeUndefined();
      expect(rule.amount.kind).toBe('flat');
      for (const d of deadlines(rule)) if (d.kind === 'end-of-year') expect(d.of).toBe('period');
    }
  });

  it('holds the county plan numbers with the seed sentence quoted', () => {
    const once = ruleById(ONCE)!;
    expect(once.amount).toEqual({ kind: 'byOrder', fen: { 2: 200000, 3: 500000 } });
    expect(once.effective.births).toEqual({ from: '2023-01-01', to: '2025-12-31' });
    expect(once.basis[0].quote).toContain('对新出生并户口登记在云南省盈江县的二孩、三孩分别发放2000元、5000元的一次性生育补贴');
    expect(ruleById(CARE800)!.amount).toEqual({ kind: 'byOrder', fen: { 2: 80000, 3: 80000 } });
    expect(ruleById(INSURANCE)!.amount).toEqual({ kind: 'flat', fen: 5000 });
    expect(ruleById(NATIONAL)!.amount).toEqual({ kind: 'flat', fen: 30000 });
    // No source says the county 800 merged into the national subsidy: nothing supersedes it in the data;
    // whether it continues after 2024 is the health bureau's setting (policySettings.ts).
    expect(ruleById(NATIONAL)!.supersedes).toBeUndefined();
    expect(ruleById(CARE800)!.effective.periods).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    expect(ruleById('bereaved-parent-care')!.basis[0].quote).toContain('每人每月发放300元护理补贴');
  });
});

describe('a policy change is a data change', () => {
  it('2nd-child one-time amount 2000 → 2500: the answer and its explanation follow', () => {
    const rules = edited(ONCE, (r) => {
      if (r.amount.kind === 'byOrder') r.amount = { kind: 'byOrder', fen: { ...r.amount.fen, 2: 250000 } };
    });
    const e = evaluateChild(child('2025-05-12', 2), AS_OF, rules);
    expect(totalFen(e, ONCE)).toBe(250000);
    expect(e.entitlements.find((x) => x.ruleId === ONCE)?.why).toBe('2025年5月出生的二孩，户口登记在盈江县：县一次性生育补贴2,500元');
    expect(totalFen(evaluateChild(child('2025-05-12', 2), AS_OF), ONCE)).toBe(200000);
  });

  it('the birth window extended to 2026-12-31: a 2026 second child now gets the one-time subsidy', () => {
    const rules = edited(ONCE, (r) => {
      r.effective.births = { from: '2023-01-01', to: '2026-12-31' };
    });
    expect(answer(evaluateChild(child('2026-03-02', 2), AS_OF, rules))[ONCE]).toEqual(['once 200000 claimable 2026-03-02..2027-12-31']);
    expect(answer(evaluateChild(child('2026-03-02', 2), AS_OF))[ONCE]).toBe(
      '2026年3月2日出生：县一次性生育补贴只适用于2023年1月1日至2025年12月31日出生的二孩、三孩',
    );
  });

  it('the national start moved to 2025-07-01 and said to replace the 800 from then: the national months shrink', () => {
    const rules = edited(NATIONAL, (r) => {
      r.effective.periods = { from: '2025-07-01' };
      r.supersedes = [{ ruleId: CARE800, from: '2025-07-01' }];
    });
    const a = answer(evaluateChild(child('2024-06-15', 2), AS_OF, rules));
    expect(a[CARE800]).toEqual(['2024 80000 expired 2024-06-15..2025-12-31']);
    expect(a[NATIONAL]).toEqual([
      '2025 180000 6m expired 2025-07-01..2025-12-31',
      '2026 360000 12m claimable 2026-01-01..2026-12-31',
      '2027 180000 6m upcoming 2027-01-01..2027-12-31',
    ]);
  });

  it('a deadline moved: the 800 claims accepted until 2026-12-31 become claimable again', () => {
    const rules = edited(CARE800, (r) => {
      r.apply.by = { kind: 'date', date: '2026-12-31' };
    });
    expect(answer(evaluateChild(child('2024-06-15', 2), AS_OF, rules))[CARE800]).toEqual(['2024 80000 claimable 2024-06-15..2026-12-31']);
  });

  it('the insurance age limit raised to 4: one more year', () => {
    const rules = edited(INSURANCE, (r) => {
      r.schedule = { kind: 'yearly', untilAgeYears: 4 };
    });
    const years = (set?: RuleSet) =>
      evaluateChild(child('2024-06-15', 2), AS_OF, set)
        .entitlements.filter((x) => x.ruleId === INSURANCE)
        .map((x) => x.periodKey);
    expect(years()).toEqual(['2024', '2025', '2026', '2027']);
    expect(years(rules)).toEqual(['2024', '2025', '2026', '2027', '2028']);
  });

  it('the answer names the rule-set version it came from', () => {
    expect(evaluateChild(child('2025-05-12', 2), AS_OF, { ...RULES, version: '2027-01-01' }).rulesVersion).toBe('2027-01-01');
  });
});

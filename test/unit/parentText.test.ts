// The rule data parents read on their pages (the leave calculator, the county's promises, the 出生一件事
// rules and offline guides, the vaccine calendar, nursery class rules) never shows our doubts or a
// design reference. The pages themselves are crawled in test/e2e/parentText.spec.ts.
import { BUNDLE_RULES } from '../../domain/birth/bundleRules';
import { OFFLINE_GUIDES } from '../../domain/birth/eligibility';
import { HOSPITALS } from '../../domain/birth/hospitals';
import { COUNTY_PROMISES } from '../../domain/guide/promises';
import { leaveFor } from '../../domain/leave/leaveCalculator';
import { CLASS_RULES_SOURCE } from '../../domain/nursery/classRules';
import { calendarFor } from '../../domain/vaccine/schedule';
import { FORBIDDEN_FOR_PARENTS, leakedDoubts } from '../support/parentText';

describe('text parents read', () => {
  it('the check itself catches each kind of leak', () => {
    for (const bad of ['（DESIGN.md §2.3）', '发文机关与文号待核', '修正年份及条款号待核', '待确认', '待县卫生健康局确认']) {
      expect(FORBIDDEN_FOR_PARENTS.test(bad)).toBe(true);
    }
    expect(leakedDoubts({ source: '盈发〔2023〕8号 二(一)4', toConfirm: '文号待核' })).toEqual([]);
  });

  it('the leave calculator result: source and clause, no doubts (every kind of birth)', () => {
    for (const input of [
      { birthDate: '2026-11-20', difficult: false, babies: 1 },
      { birthDate: '2026-02-28', difficult: true, babies: 3, startBeforeBirthDays: 15 },
    ]) {
      const plan = leaveFor(input);
      expect(leakedDoubts(plan)).toEqual([]);
      expect(JSON.stringify(plan)).toContain('《云南省人口与计划生育条例》');
    }
  });

  it("the county's promises", () => {
    expect(leakedDoubts(COUNTY_PROMISES)).toEqual([]);
  });

  it('出生一件事: its rules, offline guides and hospitals', () => {
    expect(leakedDoubts({ BUNDLE_RULES, OFFLINE_GUIDES, HOSPITALS })).toEqual([]);
  });

  it('the vaccine calendar and the nursery class rules', () => {
    expect(leakedDoubts(calendarFor({ id: 'c', name: '小满', birthDate: '2024-10-15' }, {}, '2026-12-04'))).toEqual([]);
    expect(leakedDoubts(CLASS_RULES_SOURCE)).toEqual([]);
  });
});

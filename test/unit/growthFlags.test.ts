import { addDays } from '../../domain/dates';
import { GROWTH_FLAG_RULES } from '../../domain/growth/growthFlagRules';
import { growthFlags, linesBetween } from '../../domain/growth/growthFlags';
import { lmsAt, type Measurement } from '../../domain/growth/growthStandard';
import { valueAtZ } from '../../domain/growth/lms';
import type { GrowthMeasure } from '../../domain/growth/types';

const BIRTH = '2024-01-31';

/** A measurement placed at a chosen z-score on the standard, `day` days after birth. */
function at(measure: GrowthMeasure, day: number, z: number): Measurement {
  return { measure, date: addDays(BIRTH, day), value: valueAtZ(z, lmsAt(measure, 'F', day)!) };
}

describe('lines crossed between two z-scores', () => {
  it('counts the major lines strictly between them, either way', () => {
    expect(linesBetween(0.5, -1.2)).toEqual([15, 50]);
    expect(linesBetween(-2, 2)).toEqual([3, 15, 50, 85, 97]);
    expect(linesBetween(0, 0.9)).toEqual([]); // starting on P50 is not crossing it
    expect(linesBetween(-0.5, 0.5)).toEqual([50]);
  });
});

describe('growth flags', () => {
  it('no flag for a child growing along a line', () => {
    expect(growthFlags('F', BIRTH, [at('weight', 30, -0.4), at('weight', 91, -0.3), at('weight', 183, -0.5)])).toEqual([]);
  });

  it('below P3 and above P97, with the calm parent text naming the measure', () => {
    const flags = growthFlags('F', BIRTH, [at('length', 183, -2.1), at('head', 183, 2.0)]);
    expect(flags.map((f) => [f.kind, f.measure])).toEqual([
      ['below-p3', 'length'],
      ['above-p97', 'head'],
    ]);
    expect(flags[0]!.parentText).toContain('身长/身高低于同月龄、同性别孩子的第3百分位');
    expect(flags[0]!.parentAction).toContain('《母子健康手册》');
    expect(flags[1]!.parentText).toContain('头围高于');
    expect(flags.every((f) => !f.parentText.includes('待') && !f.parentAction.includes('待'))).toBe(true);
  });

  it('exactly on P3 is not below it; just under is', () => {
    expect(growthFlags('F', BIRTH, [at('weight', 365, -1.88)])).toEqual([]);
    expect(growthFlags('F', BIRTH, [at('weight', 365, -1.89)]).map((f) => f.kind)).toEqual(['below-p3']);
  });

  it('crossing two major lines down between consecutive measurements (in date order, whatever the input order)', () => {
    const flags = growthFlags('F', BIRTH, [at('weight', 274, -1.3), at('weight', 183, 0.3)]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'crossed-down', linesCrossed: [15, 50] });
    expect(flags[0]!.previous!.date).toBe(addDays(BIRTH, 183));
    expect(flags[0]!.parentText).toContain('往下走了两条以上的参考线');
  });

  it('one line is not enough; two up is flagged', () => {
    expect(growthFlags('F', BIRTH, [at('length', 91, -0.5), at('length', 183, 0.5)])).toEqual([]);
    expect(growthFlags('F', BIRTH, [at('length', 91, -1.5), at('length', 183, 0.5)]).map((f) => f.kind)).toEqual(['crossed-up']);
  });

  it('measures are compared with their own kind only', () => {
    expect(growthFlags('F', BIRTH, [at('weight', 91, 1.2), at('head', 183, -1.2)])).toEqual([]);
  });

  it('a weight from the first 14 days is not compared (newborn weight dip); from day 14 it is', () => {
    expect(growthFlags('F', BIRTH, [at('weight', 3, 1.2), at('weight', 30, -1.2)])).toEqual([]);
    expect(growthFlags('F', BIRTH, [at('weight', 14, 1.2), at('weight', 30, -1.2)]).map((f) => f.kind)).toEqual(['crossed-down']);
    // Lengths are compared from birth.
    expect(growthFlags('F', BIRTH, [at('length', 3, 1.2), at('length', 30, -1.2)]).map((f) => f.kind)).toEqual(['crossed-down']);
  });

  it('both kinds of flag at once; measurements outside the standard are skipped', () => {
    const flags = growthFlags('F', BIRTH, [
      at('weight', 183, 0.2),
      at('weight', 365, -2.2),
      { measure: 'head', value: 50, date: addDays(BIRTH, 2000) },
    ]);
    expect(flags.map((f) => f.kind)).toEqual(['below-p3', 'crossed-down']);
  });

  it('every rule has its basis and a parent action', () => {
    for (const rule of Object.values(GROWTH_FLAG_RULES)) {
      expect(rule.basis.length).toBeGreaterThan(10);
      expect(rule.parentAction.length).toBeGreaterThan(10);
    }
  });
});

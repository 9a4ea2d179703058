// Reads the county plan (docs/policy/, a copy of 盈发〔2023〕8号) to prove every quote is its exact words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COUNTY_PROMISES, POLICY_DOCUMENT, PROMISE_TOPICS, promisesAbout } from '../../domain/guide/promises';
import { LEAVE_RULES } from '../../domain/leave/leaveRules';

const seed = readFileSync(resolve(__dirname, '../../docs/policy/yingjiang-fertility-policy-2023.txt'), 'utf8');

describe('COUNTY_PROMISES', () => {
  it('quotes the county plan word for word', () => {
    for (const p of COUNTY_PROMISES) {
      expect({ id: p.id, found: seed.includes(p.quote) }).toEqual({ id: p.id, found: true });
      expect(p.quote.length).toBeGreaterThanOrEqual(10);
    }
  });

  it('cites a clause of 盈发〔2023〕8号 for every promise', () => {
    expect(seed).toContain(POLICY_DOCUMENT.number);
    expect(seed).toContain(POLICY_DOCUMENT.title);
    for (const p of COUNTY_PROMISES) expect(p.clause).toMatch(/^盈发〔2023〕8号 (一、总体目标|[二三]\([一二三四五]\)\d)$/);
  });

  it('has unique ids, a title and plain words for each, and covers every topic', () => {
    const ids = COUNTY_PROMISES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of COUNTY_PROMISES) {
      expect(p.title).toMatch(/[\u4e00-\u9fff]/);
      expect(p.plain).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const topic of Object.keys(PROMISE_TOPICS) as (keyof typeof PROMISE_TOPICS)[])
      expect(promisesAbout(topic).length).toBeGreaterThan(0);
  });

  it('covers registration, 出生一件事, subsidies, 托育, leave and special families with their clauses', () => {
    const clause = (id: string) => COUNTY_PROMISES.find((p) => p.id === id)?.clause;
    expect(clause('registration')).toBe('盈发〔2023〕8号 二(一)4');
    expect(clause('birth-bundle')).toBe('盈发〔2023〕8号 二(一)4');
    expect(clause('birth-subsidy')).toBe('盈发〔2023〕8号 二(四)1');
    expect(clause('childcare-allowance')).toBe('盈发〔2023〕8号 二(四)1');
    expect(clause('nursery-slots')).toBe('盈发〔2023〕8号 一、总体目标');
    expect(clause('nursery-model')).toBe('盈发〔2023〕8号 二(三)2');
    expect(clause('leave')).toBe('盈发〔2023〕8号 二(四)1');
    expect(clause('leave-pay')).toBe('盈发〔2023〕8号 二(四)4');
    expect(clause('bereaved-parents')).toBe('盈发〔2023〕8号 二(五)2');
  });

  it('says the national 3600 yuan 育儿补贴 began 2025-01-01, citing the national plan, and claims nothing unsourced about the 800', () => {
    const allowance = COUNTY_PROMISES.find((p) => p.id === 'childcare-allowance')!;
    expect(allowance.quote).toContain('800元育儿补助');
    expect(allowance.updates).toHaveLength(1);
    const [update] = allowance.updates!;
    expect(update!.from).toBe('2025-01-01');
    expect(update!.plain).toContain('3600元');
    expect(update!.plain).toContain('800元');
    expect(update!.plain).toContain('满3周岁当月');
    expect(update!.plain).not.toContain('并入');
    expect(update!.source).toContain('育儿补贴制度实施方案');
    expect(update!.source).not.toMatch(/DESIGN|细则/);
    expect(seed).not.toContain('3600');
  });

  it('states the leave figures of LEAVE_RULES', () => {
    const leave = COUNTY_PROMISES.find((p) => p.id === 'leave')!;
    expect(leave.plain).toContain(`产假${LEAVE_RULES.maternityNationalDays.value + LEAVE_RULES.maternityYunnanExtraDays.value}天`);
    expect(leave.plain).toContain('产假158天');
    expect(leave.plain).toContain(`护理假${LEAVE_RULES.paternityDays.value}天`);
    expect(leave.plain).toContain(`${LEAVE_RULES.parentalDaysPerYear.value}天育儿假`);
  });

  it('gives the amounts the plan gives', () => {
    const plain = (id: string) => COUNTY_PROMISES.find((p) => p.id === id)!.plain;
    expect(plain('birth-subsidy')).toMatch(/2000元.*5000元/);
    expect(plain('accident-insurance')).toContain('50元');
    expect(plain('nursery-slots')).toMatch(/4\.5个.*2\.7个/);
    expect(plain('bereaved-parents')).toContain('300元');
  });
});

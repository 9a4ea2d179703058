import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PREGNANCY_COSTS } from '../../domain/maternal/pregnancyCosts';
import {
  displayColours,
  isSpecialCase,
  RISK_COLOUR_RULES,
  RISK_COLOURS_IN_ORDER,
  SPECIAL_CASE_RULE,
} from '../../domain/maternal/riskColours';

describe('妊娠风险评估 colours', () => {
  it('five colours, each with its meaning for the mother and where to deliver, from the 2017 national rules', () => {
    expect(RISK_COLOURS_IN_ORDER.map((c) => RISK_COLOUR_RULES[c].name)).toEqual(['绿色', '黄色', '橙色', '红色', '紫色']);
    for (const c of RISK_COLOURS_IN_ORDER) {
      const rule = RISK_COLOUR_RULES[c];
      expect(rule.source.document).toContain('国卫办妇幼发〔2017〕35号');
      expect(rule.forMother.length).toBeGreaterThan(10);
      expect(rule.whereToDeliver.length).toBeGreaterThan(10);
      expect(`${rule.forMother}${rule.whereToDeliver}${rule.definition}`).not.toMatch(/待核|待确认/);
    }
    expect(RISK_COLOUR_RULES.orange.definition).toContain('≥40岁或BMI≥28');
  });

  it('橙、红、紫 are 高危专案; 绿、黄 are not', () => {
    expect(RISK_COLOURS_IN_ORDER.filter((c) => RISK_COLOUR_RULES[c].specialCase)).toEqual(['orange', 'red', 'purple']);
    expect(isSpecialCase(['green'])).toBe(false);
    expect(isSpecialCase(['yellow'])).toBe(false);
    expect(isSpecialCase(['yellow', 'purple'])).toBe(true);
    expect(isSpecialCase(['red'])).toBe(true);
    expect(SPECIAL_CASE_RULE.clause).toContain('高危孕产妇专案管理');
  });

  it('shows the highest of 绿 < 黄 < 橙 < 红 first, with 紫 beside it', () => {
    expect(displayColours(['yellow', 'purple', 'orange'])).toEqual(['orange', 'purple']);
    expect(displayColours(['purple'])).toEqual(['purple']);
    expect(displayColours(['green', 'red'])).toEqual(['red']);
    expect(displayColours([])).toEqual([]);
  });
});

describe('what a pregnancy costs', () => {
  it('each item says free / 医保 / where provided, with a source; doubts stay in toConfirm', () => {
    expect(PREGNANCY_COSTS.map((c) => [c.id, c.cost])).toEqual([
      ['public-health-maternal', 'free'],
      ['pre-pregnancy-check', 'free'],
      ['pmtct-tests', 'free'],
      ['prenatal-care-insurance', 'insurance'],
      ['prenatal-screening', 'free-where-provided'],
      ['thalassemia-screening', 'free-where-provided'],
    ]);
    for (const c of PREGNANCY_COSTS) {
      expect(c.source.document.length).toBeGreaterThan(4);
      expect(`${c.service}${c.note}${c.source.clause}`).not.toMatch(/待核|待确认/);
    }
  });

  it('the 医保 item quotes the county plan (docs/policy) word for word', () => {
    const plan = readFileSync(resolve(__dirname, '../../docs/policy/yingjiang-fertility-policy-2023.txt'), 'utf8');
    const item = PREGNANCY_COSTS.find((c) => c.id === 'prenatal-care-insurance')!;
    const quote = item.source.clause.split('：')[1]!;
    expect(quote).toContain('将符合政策的产前检查和产前诊断项目纳入医保支付范围');
    expect(plan).toContain(quote);
  });
});

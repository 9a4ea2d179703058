// The five colours of 妊娠风险评估 and what each means for the mother, as data from the national rules
// 《孕产妇妊娠风险评估与管理工作规范》(国家卫生健康委办公厅，国卫办妇幼发〔2017〕35号). The clinical
// criteria for each colour (附件 孕产妇妊娠风险评估表) are the hospital's to apply; the app records
// the colour they give.
import type { Citation } from './types';

export type RiskColour = 'green' | 'yellow' | 'orange' | 'red' | 'purple';

export const RISK_COLOURS_IN_ORDER: readonly RiskColour[] = ['green', 'yellow', 'orange', 'red', 'purple'];

export interface RiskColourRule {
  colour: RiskColour;
  /** 绿色 … 紫色 */
  name: string;
  /** The level as the rules name it: 低风险 … 传染病. */
  level: string;
  /** The rules' definition. */
  definition: string;
  /** What it means for the mother, in plain words. */
  forMother: string;
  /** Where she should have her care and give birth. */
  whereToDeliver: string;
  /** On the bureau's 高危孕产妇专案 list. */
  specialCase: boolean;
  source: Citation;
}

const RULES = '《孕产妇妊娠风险评估与管理工作规范》（国家卫生健康委办公厅，国卫办妇幼发〔2017〕35号）';

function rules(clause: string): Citation {
  return { document: RULES, clause };
}

export const RISK_COLOUR_RULES: Readonly<Record<RiskColour, RiskColourRule>> = {
  green: {
    colour: 'green',
    name: '绿色',
    level: '低风险',
    definition: '孕妇基本情况良好，未发现妊娠合并症、并发症。',
    forMother: '目前一切正常。请按时做产前检查，注意营养和休息，有不舒服随时就医。',
    whereToDeliver: '按要求做孕期保健，到有助产资质的医疗机构住院分娩。',
    specialCase: false,
    source: rules('妊娠风险评估分级：绿色（低风险）；妊娠风险管理'),
  },
  yellow: {
    colour: 'yellow',
    name: '黄色',
    level: '一般风险',
    definition: '孕妇基本情况存在一定危险因素，或患有孕产期合并症、并发症，但病情较轻且稳定。',
    forMother: '有一些需要留意的情况，但目前较轻、稳定。请按医生的安排按时检查，不要漏检。',
    whereToDeliver: '建议在二级以上医疗机构接受孕产期保健和住院分娩；如有异常，尽快转诊到三级医疗机构。',
    specialCase: false,
    source: rules('妊娠风险评估分级：黄色（一般风险）；妊娠风险管理'),
  },
  orange: {
    colour: 'orange',
    name: '橙色',
    level: '较高风险',
    definition: '孕妇年龄≥40岁或BMI≥28，或患有较严重的妊娠合并症、并发症，对母婴安全有一定威胁。',
    forMother: '存在较高风险。医院会为您专人专案管理、安排更多次检查，请一定按约定时间复诊，家人也要一起留意。',
    whereToDeliver: '建议在县级及以上危重孕产妇救治中心接受孕产期保健；有条件的，原则上在三级医疗机构住院分娩。',
    specialCase: true,
    source: rules('妊娠风险评估分级：橙色（较高风险）；妊娠风险管理'),
  },
  red: {
    colour: 'red',
    name: '红色',
    level: '高风险',
    definition: '孕妇患有严重的妊娠合并症、并发症，继续妊娠可能危及孕妇生命。',
    forMother: '风险很高。请尽快到三级医疗机构接受评估，由医生判断是否适宜继续妊娠，并严格按医生安排复诊。',
    whereToDeliver: '尽快到三级医疗机构评估；适宜继续妊娠的，在县级及以上危重孕产妇救治中心接受孕产期保健，原则上在三级医疗机构住院分娩。',
    specialCase: true,
    source: rules('妊娠风险评估分级：红色（高风险）；妊娠风险管理'),
  },
  purple: {
    colour: 'purple',
    name: '紫色',
    level: '孕妇患有传染性疾病',
    definition: '孕妇患有传染性疾病。紫色标识孕妇可同时伴有其他颜色的风险标识。',
    forMother: '医院会按传染病的要求为您专案管理，并提供预防艾滋病、梅毒、乙肝等传给孩子的措施，请按时接受检查和治疗。',
    whereToDeliver: '按传染病防治要求管理，在医生指定的医疗机构住院分娩，落实预防母婴传播的干预措施。',
    specialCase: true,
    source: rules('妊娠风险评估分级：紫色；妊娠风险管理'),
  },
};

/** 橙、红、紫 are managed as 高危孕产妇专案 (专人专案、全程管理、动态监管、集中救治). */
export const SPECIAL_CASE_RULE: Citation = rules(
  '妊娠风险管理：对妊娠风险分级为“橙色”“红色”和“紫色”的孕产妇，医疗机构应当将其作为重点人群纳入高危孕产妇专案管理',
);

export function isSpecialCase(colours: readonly RiskColour[]): boolean {
  return colours.some((c) => RISK_COLOUR_RULES[c].specialCase);
}

/**
 * The colour shown first when several apply (紫色 can come with another colour): the highest of
 * 绿 < 黄 < 橙 < 红, with 紫 listed beside it.
 */
export function displayColours(colours: readonly RiskColour[]): RiskColour[] {
  const set = new Set(colours);
  const main = (['red', 'orange', 'yellow', 'green'] as const).find((c) => set.has(c));
  return [...(main ? [main] : []), ...(set.has('purple') ? (['purple'] as const) : [])];
}

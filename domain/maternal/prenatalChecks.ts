// The checks of a pregnancy and after the birth, as data with their sources:
// - NATIONAL_PREGNANCY_CHECKS: the national basic public health service (孕产妇健康管理服务规范) —
//   5 prenatal checks, the postnatal home visit and the 42-day check; free to every resident.
// - RECOMMENDED_PRENATAL_CHECKS: the clinical guideline's finer schedule (孕前和孕期保健指南, 2018),
//   shown as "recommended" (推荐) beside the national ones.
// Windows are in completed gestational weeks and days (孕周), both ends included; postnatal windows
// in days after discharge or birth. A window as the source words it is quoted in `windowText`.
import type { Citation } from './types';

export const SERVICE_SPEC = '《国家基本公共卫生服务规范（第三版）》（国家卫生计生委，国卫基层发〔2017〕13号）';
const MATERNAL_SPEC = `${SERVICE_SPEC} 孕产妇健康管理服务规范`;
export const GUIDELINE_2018 = '中华医学会妇产科学分会产科学组《孕前和孕期保健指南（2018）》，中华妇产科杂志，2018，53(1)：7-13';

function spec(clause: string): Citation {
  return { document: MATERNAL_SPEC, clause };
}

function guideline(clause: string): Citation {
  return { document: GUIDELINE_2018, clause };
}

/** A gestational-age bound: weeks + days (孕周). */
export interface WeekDay {
  weeks: number;
  days: number;
}

export type PrenatalWindow = { kind: 'gestation'; from: WeekDay; to: WeekDay };

/** Days after the base date (discharge or birth), both ends included. */
export type PostnatalWindow = { kind: 'postnatal'; after: 'discharge' | 'birth'; fromDay: number; toDay: number };

export interface PregnancyCheckRule {
  id: string;
  title: string;
  window: PrenatalWindow | PostnatalWindow;
  /** The window as the source words it. */
  windowText: string;
  /** Who provides it. */
  where: string;
  contents: readonly string[];
  source: Citation;
}

export const NATIONAL_PREGNANCY_CHECKS: readonly PregnancyCheckRule[] = [
  {
    id: 'prenatal-1',
    title: '建立《母子健康手册》及第1次产前检查',
    window: { kind: 'gestation', from: { weeks: 0, days: 0 }, to: { weeks: 12, days: 6 } },
    windowText: '孕13周前',
    where: '孕妇居住地的乡镇卫生院、社区卫生服务中心',
    contents: [
      '建立《母子健康手册》',
      '询问既往史、家族史、个人史，观察体态、精神',
      '一般体检、妇科检查',
      '血常规、尿常规、血型、肝功能、肾功能、乙型肝炎；有条件的地区建议血糖、阴道分泌物、梅毒血清学试验、HIV抗体检测',
      '孕早期生活方式、心理和营养保健指导，避免致畸因素和疾病对胚胎的不良影响',
      '妊娠风险筛查；有危险因素的转诊上级医疗卫生机构，并在2周内随访转诊结果',
    ],
    source: spec('二、服务内容（一）孕早期健康管理：孕13周前为孕妇建立《母子健康手册》，并进行第1次产前检查'),
  },
  {
    id: 'prenatal-2',
    title: '孕中期第1次产前随访（孕16～20周）',
    window: { kind: 'gestation', from: { weeks: 16, days: 0 }, to: { weeks: 20, days: 6 } },
    windowText: '孕16～20周',
    where: '乡镇卫生院、社区卫生服务中心或有助产资质的医疗卫生机构',
    contents: [
      '询问、观察、一般体格检查、产科检查、实验室检查，评估孕妇健康和胎儿生长发育',
      '识别需要做产前诊断和需要转诊的高危重点孕妇',
      '生活方式、心理、运动和营养指导；告知和督促进行预防出生缺陷的产前筛查和产前诊断',
    ],
    source: spec('二、服务内容（二）孕中期健康管理：孕16～20周、21～24周各进行一次'),
  },
  {
    id: 'prenatal-3',
    title: '孕中期第2次产前随访（孕21～24周）',
    window: { kind: 'gestation', from: { weeks: 21, days: 0 }, to: { weeks: 24, days: 6 } },
    windowText: '孕21～24周',
    where: '乡镇卫生院、社区卫生服务中心或有助产资质的医疗卫生机构',
    contents: [
      '询问、观察、一般体格检查、产科检查、实验室检查，评估孕妇健康和胎儿生长发育',
      '识别需要做产前诊断和需要转诊的高危重点孕妇',
      '生活方式、心理、运动和营养指导',
    ],
    source: spec('二、服务内容（二）孕中期健康管理：孕16～20周、21～24周各进行一次'),
  },
  {
    id: 'prenatal-4',
    title: '孕晚期第1次产前随访（孕28～36周）',
    window: { kind: 'gestation', from: { weeks: 28, days: 0 }, to: { weeks: 36, days: 6 } },
    windowText: '孕28～36周',
    where: '有助产资质的医疗卫生机构',
    contents: [
      '孕产妇自我监护方法、促进自然分娩、母乳喂养指导',
      '孕期并发症、合并症防治指导',
      '高危孕妇根据就诊医疗卫生机构的建议督促其酌情增加随访次数',
    ],
    source: spec('二、服务内容（三）孕晚期健康管理：督促孕产妇在孕28～36周、37～40周去有助产资质的医疗卫生机构各进行1次随访'),
  },
  {
    id: 'prenatal-5',
    title: '孕晚期第2次产前随访（孕37～40周）',
    window: { kind: 'gestation', from: { weeks: 37, days: 0 }, to: { weeks: 40, days: 6 } },
    windowText: '孕37～40周',
    where: '有助产资质的医疗卫生机构',
    contents: ['孕产妇自我监护方法、促进自然分娩、母乳喂养指导', '孕期并发症、合并症防治指导', '住院分娩准备'],
    source: spec('二、服务内容（三）孕晚期健康管理：督促孕产妇在孕28～36周、37～40周去有助产资质的医疗卫生机构各进行1次随访'),
  },
  {
    id: 'postnatal-visit',
    title: '产后访视（出院后1周内，入户）',
    window: { kind: 'postnatal', after: 'discharge', fromDay: 0, toDay: 7 },
    windowText: '产妇出院后1周内',
    where: '乡镇卫生院、村卫生室、社区卫生服务中心（站）的医务人员到产妇家中',
    contents: [
      '了解产妇一般情况、乳房、子宫、恶露、会阴或腹部伤口恢复等情况',
      '产褥期保健指导，母乳喂养和新生儿护理指导',
      '产褥感染、产后出血、子宫复旧不佳、妊娠合并症未恢复者以及产后抑郁等问题的处理或转诊',
      '同时进行新生儿访视',
    ],
    source: spec('二、服务内容（四）产后访视：于产妇出院后1周内到产妇家中进行产后访视'),
  },
  {
    id: 'postnatal-42d',
    title: '产后42天健康检查',
    window: { kind: 'postnatal', after: 'birth', fromDay: 42, toDay: 56 },
    windowText: '产后42天',
    where: '正常产妇：乡镇卫生院、社区卫生服务中心；异常产妇：原分娩医疗卫生机构',
    contents: [
      '询问、观察、一般体检和妇科检查，必要时辅助检查，评估产妇恢复情况',
      '性保健、避孕、预防生殖道感染、纯母乳喂养6个月、婴幼儿营养等指导',
    ],
    source: spec('二、服务内容（五）产后42天健康检查'),
  },
];

export const RECOMMENDED_PRENATAL_CHECKS: readonly PregnancyCheckRule[] = [
  {
    id: 'guide-1',
    title: '推荐：第1次产前检查（孕6～13⁺⁶周）',
    window: { kind: 'gestation', from: { weeks: 6, days: 0 }, to: { weeks: 13, days: 6 } },
    windowText: '妊娠6～13⁺⁶周',
    where: '有产科的医疗机构',
    contents: [
      '建立孕期保健手册，确定孕周、推算预产期，评估孕期高危因素',
      '血压、体质量与体质指数、妇科检查、胎心率（孕12周左右）',
      '血常规、尿常规、血型（ABO和Rh）、空腹血糖、肝功能和肾功能、乙型肝炎病毒表面抗原、梅毒血清抗体、HIV筛查',
      '地中海贫血筛查（地中海贫血高发地区）',
      '早孕期超声检查，确定宫内妊娠和孕周',
      '备查：妊娠11～13⁺⁶周超声测量胎儿颈项透明层（NT）厚度；早孕期母体血清学筛查',
    ],
    source: guideline('产前检查的次数及孕周；首次产前检查（妊娠6～13⁺⁶周）'),
  },
  {
    id: 'guide-2',
    title: '推荐：第2次产前检查（孕14～19⁺⁶周）',
    window: { kind: 'gestation', from: { weeks: 14, days: 0 }, to: { weeks: 19, days: 6 } },
    windowText: '妊娠14～19⁺⁶周',
    where: '有产科的医疗机构',
    contents: [
      '分析首次产前检查结果',
      '血压、体质量、宫底高度、胎心率',
      '中孕期胎儿非整倍体母体血清学筛查（妊娠15～20周）',
      '备查：羊膜腔穿刺检查胎儿染色体（妊娠16～22周，针对高危人群）',
    ],
    source: guideline('产前检查的内容：妊娠14～19⁺⁶周产前检查'),
  },
  {
    id: 'guide-3',
    title: '推荐：第3次产前检查（孕20～24周）',
    window: { kind: 'gestation', from: { weeks: 20, days: 0 }, to: { weeks: 24, days: 6 } },
    windowText: '妊娠20～24周',
    where: '有产科的医疗机构',
    contents: ['血压、体质量、宫底高度、胎心率', '胎儿系统超声筛查（妊娠20～24周），筛查胎儿严重畸形', '血常规、尿常规'],
    source: guideline('产前检查的内容：妊娠20～24周产前检查'),
  },
  {
    id: 'guide-4',
    title: '推荐：第4次产前检查（孕25～28周）',
    window: { kind: 'gestation', from: { weeks: 25, days: 0 }, to: { weeks: 28, days: 6 } },
    windowText: '妊娠25～28周',
    where: '有产科的医疗机构',
    contents: ['血压、体质量、宫底高度、胎心率', '75 g口服葡萄糖耐量试验（OGTT），筛查妊娠期糖尿病', '血常规、尿常规'],
    source: guideline('产前检查的内容：妊娠25～28周产前检查'),
  },
  {
    id: 'guide-5',
    title: '推荐：第5次产前检查（孕29～32周）',
    window: { kind: 'gestation', from: { weeks: 29, days: 0 }, to: { weeks: 32, days: 6 } },
    windowText: '妊娠29～32周',
    where: '有产科的医疗机构',
    contents: ['血压、体质量、宫底高度、胎心率、胎位', '产科超声检查', '血常规、尿常规'],
    source: guideline('产前检查的内容：妊娠29～32周产前检查'),
  },
  {
    id: 'guide-6',
    title: '推荐：第6次产前检查（孕33～36周）',
    window: { kind: 'gestation', from: { weeks: 33, days: 0 }, to: { weeks: 36, days: 6 } },
    windowText: '妊娠33～36周',
    where: '有产科的医疗机构',
    contents: [
      '血压、体质量、宫底高度、胎心率、胎位',
      '尿常规',
      '备查：B族链球菌筛查（妊娠35～37周）、肝功能和血清胆汁酸（妊娠32～34周）、无应激试验（NST，妊娠34周起）',
    ],
    source: guideline('产前检查的内容：妊娠33～36周产前检查'),
  },
  {
    id: 'guide-7',
    title: '推荐：第7～11次产前检查（孕37～41周，每周1次）',
    window: { kind: 'gestation', from: { weeks: 37, days: 0 }, to: { weeks: 41, days: 6 } },
    windowText: '妊娠37～41周，每周1次',
    where: '有产科的医疗机构',
    contents: ['血压、体质量、宫底高度、胎心率、胎位', '产科超声检查、无应激试验（NST，每周1次）', '评估分娩方式；超过41周住院并引产'],
    source: guideline('产前检查的内容：妊娠37～41周产前检查'),
  },
];

/**
 * A pregnancy not delivered at 41 weeks: the guideline's advice is admission and induction. Shown
 * as a notice on the calendar from 41⁺⁰ weeks.
 */
export const POST_TERM_NOTICE = {
  fromWeeks: 41,
  text: '已满41周仍未分娩，请尽快到有助产资质的医院就诊，由医生评估是否住院引产。',
  source: guideline('产前检查的内容：妊娠37～41周：超过41周，住院并引产'),
} as const;

// What a pregnancy's checks cost the family: which are free (and under which programme), which the
// 医保 pays, as data with sources. What is not confirmed for 盈江 is in openQuestions.ts (staff-only).
import { SERVICE_SPEC } from './prenatalChecks';
import type { Citation } from './types';

export type CostKind = 'free' | 'insurance' | 'free-where-provided';

export const COST_LABELS: Readonly<Record<CostKind, string>> = {
  free: '免费',
  insurance: '纳入医保支付',
  'free-where-provided': '项目地区免费',
};

export interface PregnancyCost {
  id: string;
  service: string;
  who: string;
  cost: CostKind;
  /** What the family should know, in plain Chinese. */
  note: string;
  source: Citation;
}

const COUNTY_PLAN = '《盈江县优化生育政策促进人口长期均衡发展实施方案》（盈发〔2023〕8号）';

export const PREGNANCY_COSTS: readonly PregnancyCost[] = [
  {
    id: 'public-health-maternal',
    service: '孕产妇健康管理（孕13周前建册及第1次产前检查、4次孕中晚期随访、产后访视、产后42天健康检查）',
    who: '辖区内常住的孕产妇',
    cost: 'free',
    note: '属于国家基本公共卫生服务项目，由政府出资，居民免费接受规范规定的服务；规范以外另行开具的检查按医院收费和医保规定执行。',
    source: {
      document: SERVICE_SPEC,
      clause: '孕产妇健康管理服务规范 一、服务对象：辖区内常住的孕产妇',
    },
  },
  {
    id: 'pre-pregnancy-check',
    service: '国家免费孕前优生健康检查',
    who: '计划怀孕的夫妇（含流动人口）',
    cost: 'free',
    note: '夫妻双方在计划怀孕前3～6个月到县妇幼保健院免费检查，包括优生健康教育、病史询问、体格检查、临床实验室检查、影像学检查、风险评估和咨询指导。',
    source: {
      document:
        '原国家人口计生委、财政部《关于开展国家免费孕前优生健康检查项目试点工作的通知》（国人口发〔2010〕29号）；2013年起覆盖全国所有县（市、区）',
      clause: '国家免费孕前优生健康检查项目：19项基本服务',
    },
  },
  {
    id: 'pmtct-tests',
    service: '艾滋病、梅毒和乙肝检测（预防母婴传播）',
    who: '所有孕产妇',
    cost: 'free',
    note: '孕早期（尽早）免费检测艾滋病、梅毒和乙肝；感染的孕产妇及所生儿童可免费获得治疗和干预。',
    source: {
      document: '国家卫生健康委《预防艾滋病、梅毒和乙肝母婴传播工作规范（2020年版）》',
      clause: '孕产妇检测与服务：为孕产妇免费提供艾滋病、梅毒和乙肝检测与咨询',
    },
  },
  {
    id: 'prenatal-care-insurance',
    service: '产前检查和产前诊断',
    who: '城乡居民基本医疗保险、职工基本医疗保险参保人员',
    cost: 'insurance',
    note: '符合政策的产前检查和产前诊断项目纳入医保支付范围，按医保规定报销；住院分娩医疗费用同样纳入医保支付。',
    source: {
      document: COUNTY_PLAN,
      clause:
        '附件1第16项：将城乡居民基本医疗保险参保人员住院分娩医疗费用纳入医保支付范围，将符合政策的产前检查和产前诊断项目纳入医保支付范围',
    },
  },
  {
    id: 'prenatal-screening',
    service: '产前筛查（孕中期母体血清学筛查、胎儿系统超声筛查）',
    who: '孕妇（自愿）',
    cost: 'free-where-provided',
    note: '请按医生建议在孕15～20周做血清学筛查、孕20～24周做胎儿系统超声；是否免费以所在地项目为准，不免费的部分可按医保规定报销。',
    source: {
      document: '《孕前和孕期保健指南（2018）》；云南省出生缺陷防治项目',
      clause: '产前筛查的孕周',
    },
  },
  {
    id: 'thalassemia-screening',
    service: '地中海贫血筛查',
    who: '孕妇及其丈夫（地中海贫血高发地区）',
    cost: 'free-where-provided',
    note: '云南南部、西部是地中海贫血较多见的地区，建议孕早期做筛查；夫妻双方都是携带者的，医生会建议进一步做产前诊断。是否免费以所在地项目为准。',
    source: {
      document: '《孕前和孕期保健指南（2018）》',
      clause: '首次产前检查：地中海贫血筛查（地中海贫血高发地区）',
    },
  },
];

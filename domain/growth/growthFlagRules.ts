// When a measurement is worth a health worker's second look, and what the parent is told — as data
// with its basis. The thresholds are issue 16's screening rules for this service; each is shown to
// staff with the clinical basis below, and to parents in calm words with what to do.
import type { GrowthMeasure } from './types';

export type GrowthFlagKind = 'below-p3' | 'above-p97' | 'crossed-down' | 'crossed-up';

export interface GrowthFlagRule {
  kind: GrowthFlagKind;
  /** Short label for staff lists. */
  label: string;
  basis: string;
  /** What the parent reads: `{measure}` is replaced by 体重 / 身长/身高 / 头围. */
  parentText: string;
  /** What the parent should do. */
  parentAction: string;
}

const WHO_INTERPRETING =
  'WHO Training Course on Child Growth Assessment, Module C “Interpreting Growth Indicators” (WHO, 2008): 生长曲线急剧上升或下降、穿越参考线，提示可能存在问题，需要查找原因';
const CHILD_CHECK_SPEC =
  '《国家基本公共卫生服务规范（第三版）》（国卫基层发〔2017〕13号）0～6岁儿童健康管理服务规范：每次随访进行体格检查和生长发育评估，发现异常及时转诊';

export const GROWTH_FLAG_RULES: Readonly<Record<GrowthFlagKind, GrowthFlagRule>> = {
  'below-p3': {
    kind: 'below-p3',
    label: '低于第3百分位（P3）',
    basis: `${CHILD_CHECK_SPEC}；P3约为中位数减1.88个标准差（WHO儿童生长标准）`,
    parentText:
      '这次测量的{measure}低于同月龄、同性别孩子的第3百分位，也就是比100个孩子中的97个都小。很多这样的孩子只是天生个子小，但需要医生看一看。',
    parentAction:
      '请在2周内带孩子和《母子健康手册》到乡镇卫生院或县妇幼保健院儿童保健门诊复查，医生会结合喂养和既往测量判断是否需要进一步检查。',
  },
  'above-p97': {
    kind: 'above-p97',
    label: '高于第97百分位（P97）',
    basis: `${CHILD_CHECK_SPEC}；P97约为中位数加1.88个标准差（WHO儿童生长标准）`,
    parentText:
      '这次测量的{measure}高于同月龄、同性别孩子的第97百分位，也就是比100个孩子中的97个都大。很多这样的孩子只是长得快、个子大，但需要医生看一看。',
    parentAction: '请在下次体检时（或1个月内）请儿童保健医生复核，医生会结合喂养和既往测量给出建议；不要自行节食或减少奶量。',
  },
  'crossed-down': {
    kind: 'crossed-down',
    label: '两次测量间下穿2条主要百分位线',
    basis: `${WHO_INTERPRETING}；主要百分位线为P3、P15、P50、P85、P97`,
    parentText:
      '和上一次相比，孩子的{measure}在生长曲线上往下走了两条以上的参考线。孩子生病、换奶或添加辅食期间常会这样，大多能追回来，但值得请医生看看原因。',
    parentAction: '请在2周内到乡镇卫生院儿童保健门诊复查，带上《母子健康手册》，并告诉医生最近的吃奶、辅食和生病情况。',
  },
  'crossed-up': {
    kind: 'crossed-up',
    label: '两次测量间上穿2条主要百分位线',
    basis: `${WHO_INTERPRETING}；主要百分位线为P3、P15、P50、P85、P97`,
    parentText:
      '和上一次相比，孩子的{measure}在生长曲线上往上走了两条以上的参考线。早产或出生偏小的孩子追赶生长时常会这样，但也需要医生确认增长是否过快。',
    parentAction: '请在下次体检时（或1个月内）请儿童保健医生看看生长曲线，并说明喂养情况。',
  },
};

/**
 * Newborns lose weight in their first days and regain their birth weight by about two weeks
 * (生理性体重下降), so a weight measured before this age is not compared with a later one.
 */
export const NEWBORN_WEIGHT_DIP_DAYS = {
  value: 14,
  source: '新生儿生理性体重下降：出生后数日内体重下降，一般7～10天恢复到出生体重（《儿科学》第9版，人民卫生出版社，2018）；取14天留出余量',
} as const;

/** How many major percentile lines must be crossed between two measurements to raise a flag. */
export const LINES_CROSSED_TO_FLAG = { value: 2, source: '议题16：两次测量之间穿越两条主要百分位线即提示' } as const;

export function measureWord(measure: GrowthMeasure): string {
  return measure === 'weight' ? '体重' : measure === 'length' ? '身长/身高' : '头围';
}

// What is still to be checked about the leave and allowance rules: for staff views and whoever checks
// the sources. Kept apart from the rule data parents' pages read (leaveRules.ts, motherWorkRules.ts),
// so no open question can reach a parent's screen.
import type { StaffNote } from '../staffNote';

export const LEAVE_OPEN_QUESTIONS: Readonly<Record<string, StaffNote>> = {
  'allowance:yunnan-60-days': {
    toConfirm:
      '延长生育假60天期间的待遇：计算器按盈发〔2023〕8号 二(四)4“休假期间工资、福利待遇不变”把这60天按同一日标准计入估算；' +
      '这60天由生育保险基金按生育津贴支付还是由用人单位照发工资，待县医疗保障局、县人社局依据《云南省职工生育保险办法》现行文本确认后写明支付方。',
  },
  'allowance:divisor': {
    toConfirm:
      '日津贴“月平均工资÷30”是各地生育保险经办的通行算法，国家层面的条文未写除数；德宏州/云南省经办规程的原文与文号待县医疗保障局提供。',
  },
  'nursing:start': {
    toConfirm:
      '哺乳时间自产假结束返岗之日起计算到孩子满1周岁前一日，是本服务的读法；《女职工劳动保护特别规定》第九条只写“哺乳未满1周岁婴儿”。',
  },
};

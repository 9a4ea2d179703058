// What is not yet confirmed about each subsidy rule against its published text: for the bureau's
// staff pages and for whoever checks the rules. Kept apart from the rules (which the parents' pages
// and the engine on the phone read), so no open question can reach a parent's screen.
import type { StaffNote } from '../staffNote';
import { BEREAVED_PARENT_CARE, COUNTY_BIRTH_ONCE, COUNTY_CHILDCARE_YEARLY, COUNTY_INSURANCE_YEARLY, NATIONAL_CHILDCARE } from './rules';

const ANNEX_DIFFERS: StaffNote = {
  toConfirm:
    '附件1第15项写作“户口登记在云南”，正文二（四）1写作“户口登记在云南省盈江县”：本规则按正文（县级方案由县财政兑现），待县卫生健康局确认。',
};

export const RULE_OPEN_QUESTIONS: Readonly<Record<string, readonly StaffNote[]>> = {
  [COUNTY_BIRTH_ONCE]: [{ toConfirm: '申领期限：按户口登记后至出生次年12月31日前申领处理，方案未写明期限。' }, ANNEX_DIFFERS],
  [COUNTY_CHILDCARE_YEARLY]: [
    {
      toConfirm:
        '2025年起是否继续发放：未找到云南省停发或并入国家育儿补贴的文件；《育儿补贴制度实施方案》规定“县级以下政府不得自行出台育儿补贴政策或标准”。由县卫生健康局在“政策设置”中确定并记录依据。',
    },
    { toConfirm: '“按年度发放”理解为出生当年即发放全年800元，不按月折算。' },
    { toConfirm: '2023、2024年度的申领截止日按县方案结束日2025年12月31日处理。' },
    { toConfirm: '方案未写发放到几周岁；继续发放时按未满3周岁（满3周岁当年仍发放）。' },
    ANNEX_DIFFERS,
  ],
  [COUNTY_INSURANCE_YEARLY]: [
    { toConfirm: '“2023年1月1日至2025年12月31日”按出生日期理解；方案未写这些孩子在2026年及以后是否继续补贴，本规则继续发放至3周岁。' },
    { toConfirm: '发放到几周岁方案未写明，暂按未满3周岁（满3周岁当年仍发放）。' },
    { toConfirm: '申领期限：出生当年的补贴可在出生当年或次年申领，以后每年度在当年12月31日前申领，待确认。' },
    ANNEX_DIFFERS,
  ],
  [NATIONAL_CHILDCARE]: [
    { toConfirm: '2025年1月1日及以后出生的，首末月计算口径（现按出生当月计入、满3周岁当月不计入，正好36个月）以云南实施细则为准。' },
    { toConfirm: '首次申领期限：出生当年或次年内；2025年1月1日前出生的，2025年12月31日前。以后每年度在当年12月31日前申领。' },
    { toConfirm: '文件原文及条款号待核。' },
  ],
  [BEREAVED_PARENT_CARE]: [
    { toConfirm: '方案未写起始日期，按2023年1月1日（与同一方案的其他补贴一致）。' },
    { toConfirm: '自鉴定（符合条件）当月起计发，待确认。' },
    { toConfirm: '申领期限：首个年度至次年12月31日前，以后每年度在当年12月31日前，待确认。' },
  ],
};

/** The open questions about one rule (none: everything in it is sourced). */
export function openQuestionsOf(ruleId: string): readonly string[] {
  return (RULE_OPEN_QUESTIONS[ruleId] ?? []).map((n) => n.toConfirm);
}

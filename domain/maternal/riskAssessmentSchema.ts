// A 妊娠风险评估 as the hospital records it: the colour(s), the day assessed, the facility, and — for
// 橙/红/紫, which go on the 高危孕产妇专案 list — the next follow-up date. At most one of 绿/黄/橙/红;
// 紫 may come alone or with one of them (the 2017 rules: 紫色标识孕妇可同时伴有其他颜色的风险标识).
import * as v from 'valibot';
import { compareDates } from '../dates';
import { calendarDate, isSet, optionalCalendarDate, refine, requiredText, strictFields, typeMessage } from '../validation';
import { isSpecialCase, RISK_COLOUR_RULES, RISK_COLOURS_IN_ORDER, type RiskColour } from './riskColours';

export const RISK_ASSESSMENT_LABELS = {
  colours: '妊娠风险分级',
  assessedOn: '评估日期',
  facility: '评估机构',
  nextFollowUp: '下次随访日期',
} as const;

export const FACILITY_MAX = 50;

/** The date of something the hospital recorded in the pregnancy: from its day 0 (`startDate`) to today. */
export function dateInPregnancy(label: string, startDate: string, today: string) {
  return v.pipe(
    calendarDate(label),
    refine((d) => compareDates(d, startDate) >= 0, `${label}不能早于末次月经第一天（${startDate}）`),
    refine((d) => compareDates(d, today) <= 0, `${label}不能晚于今天`),
  );
}

const GRADES: readonly RiskColour[] = ['green', 'yellow', 'orange', 'red'];

function coloursProblem(label: string, cs: readonly RiskColour[]): string | undefined {
  if (cs.length === 0) return `请选择${label}`;
  if (new Set(cs).size !== cs.length) return `${label}有重复`;
  if (cs.filter((c) => GRADES.includes(c)).length > 1) return `${label}只能选择绿、黄、橙、红中的一种（紫色可以同时选择）`;
  return undefined;
}

/** A failing step marks the field untyped, so the follow-up check does not add a second message. */
function coloursField(label: string) {
  return v.pipe(
    v.array(v.picklist(RISK_COLOURS_IN_ORDER, `请选择${label}`), typeMessage(label, '请选择')),
    v.rawTransform<RiskColour[], RiskColour[]>(({ dataset, addIssue, NEVER }) => {
      const problem = coloursProblem(label, dataset.value);
      if (problem === undefined) return dataset.value;
      addIssue({ message: problem });
      return NEVER;
    }),
  );
}

/** `pregnancyStart` is the dating's day 0: an assessment cannot come before it. */
export function riskAssessmentSchema(today: string, pregnancyStart: string) {
  const L = RISK_ASSESSMENT_LABELS;
  const fields = strictFields('妊娠风险评估', {
    colours: coloursField(L.colours),
    assessedOn: dateInPregnancy(L.assessedOn, pregnancyStart, today),
    facility: requiredText(L.facility, FACILITY_MAX),
    nextFollowUp: optionalCalendarDate(L.nextFollowUp),
  });
  type F = v.InferOutput<typeof fields>;
  return v.pipe(
    fields,
    v.forward(
      v.partialCheck(
        [['colours'], ['nextFollowUp']],
        (x: Partial<F>) => !isSpecialCase(x.colours ?? []) || isSet(x.nextFollowUp),
        `${L.nextFollowUp}：橙色、红色、紫色纳入高危孕产妇专案管理，请填写下次随访日期`,
      ),
      ['nextFollowUp'],
    ),
    v.forward(
      v.partialCheck(
        [['assessedOn'], ['nextFollowUp']],
        (x: Partial<F>) => !isSet(x.nextFollowUp) || !isSet(x.assessedOn) || compareDates(x.nextFollowUp, x.assessedOn) > 0,
        `${L.nextFollowUp}应晚于${L.assessedOn}`,
      ),
      ['nextFollowUp'],
    ),
  );
}

/** e.g. '橙色（较高风险）、紫色（孕妇患有传染性疾病）'. */
export function coloursText(colours: readonly RiskColour[]): string {
  return colours.map((c) => `${RISK_COLOUR_RULES[c].name}（${RISK_COLOUR_RULES[c].level}）`).join('、');
}

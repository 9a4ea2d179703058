// Who can apply for 出生一件事 online (docs/decisions.md §2), and a "do this offline" guide for everyone
// else: one guide per condition not met, so a family learns everything it has to do at once.
import * as v from 'valibot';
import { compareDates } from '../dates';
import { registrationWindows } from '../registration/registrationWindows';
import type { Assert, Equals } from '../typeChecks';
import { calendarDate, oneOf, refine, strictFields, yesNo } from '../validation';
import { BUNDLE_RULES, isWithinBundleAge } from './bundleRules';
import { BIRTH_ELSEWHERE, HOSPITAL_IDS, isHospitalId } from './hospitals';
import type { EligibilityInput, EligibilityResult, IneligibleReason, OfflineGuide } from './types';

export const ELIGIBILITY_LABELS: Readonly<Record<keyof EligibilityInput, string>> = {
  hospitalId: '出生的医疗机构',
  firstIssue: '是否首次办理出生医学证明',
  birthDate: '孩子的出生日期',
  localHukouParent: '父母是否有盈江户口',
};

const MAX_AGE = BUNDLE_RULES.maxChildAgeYears.value;

/** The guides, in the order they are shown. */
export const OFFLINE_GUIDES: Readonly<Record<IneligibleReason, OfflineGuide>> = {
  not_born_yet: {
    reason: 'not_born_yet',
    why: '填写的出生日期晚于今天。孩子出生前请先办理生育登记，孩子出生后再来申请“出生一件事”。',
    where: '本小程序“生育登记”（免费，也可到现居住地乡镇卫生院或便民服务中心办理）',
    bring: ['夫妻双方的身份证', '结婚证'],
  },
  not_in_institution: {
    reason: 'not_in_institution',
    why:
      '孩子不是在盈江县的助产机构出生的，出生医学证明需要先核实出生情况，不能在线一并办理。' +
      '在县外医院出生的，请到出生的医院办理；在家中、途中等医疗机构以外出生的，请到县妇幼保健院申请。',
    where: '盈江县妇幼保健院 出生医学证明办理窗口（平原镇）',
    bring: [
      '父母双方的身份证',
      '结婚证',
      '户口簿',
      '孩子本人（到场核验）',
      '接生人或在场证人出具的出生经过证明，及其身份证',
      '有资质的鉴定机构出具的亲子鉴定报告（办理前可先到窗口咨询）',
      '孩子出生后的体检或预防接种记录（如有）',
    ],
  },
  not_first_issue: {
    reason: 'not_first_issue',
    why: '出生医学证明的补发、换发须由签发机构核对原始档案，不能在线办理。',
    where: '原签发医院的出生医学证明办理窗口；原签发医院已撤并或无法办理的，到盈江县妇幼保健院 出生医学证明办理窗口（平原镇）',
    bring: ['父母双方的身份证', '户口簿（孩子已落户的）', '换发：原出生医学证明（首页和副页）', '补发：遗失情况说明（到窗口填写）'],
  },
  over_one_year: {
    reason: 'over_one_year',
    why: `孩子已满${MAX_AGE}周岁，不在“出生一件事”一并办理的范围内。户口登记、医保参保和社保卡仍然可以办理，请分别到下列窗口申请。`,
    where: '户口登记：户籍所在地派出所户籍窗口；医保参保、社保卡：盈江县政务服务中心 综合窗口（平原镇），或所在乡镇便民服务中心',
    bring: ['孩子的出生医学证明', '父母双方的身份证', '户口簿', '结婚证'],
  },
  no_local_hukou: {
    reason: 'no_local_hukou',
    why: '父母双方的户口都不在盈江，孩子的户口、医保和社保卡须在父母户籍所在地办理，无法在盈江一并办理。出生医学证明仍由出生的医院签发。',
    where: '父母户籍所在地的派出所户籍窗口和政务服务中心',
    bring: ['孩子的出生医学证明', '父母双方的身份证', '户口簿', '结婚证'],
  },
};

const GUIDE_ORDER: readonly IneligibleReason[] = [
  'not_born_yet',
  'not_in_institution',
  'not_first_issue',
  'over_one_year',
  'no_local_hukou',
];

export function offlineGuide(reason: IneligibleReason): OfflineGuide {
  return OFFLINE_GUIDES[reason];
}

/** Every condition the input fails, in display order. The input is one `eligibilitySchema` accepted. */
export function ineligibleReasons(input: EligibilityInput, today: string): IneligibleReason[] {
  const failed: Record<IneligibleReason, boolean> = {
    not_born_yet: compareDates(input.birthDate, today) > 0,
    not_in_institution: !isHospitalId(input.hospitalId),
    not_first_issue: !input.firstIssue,
    over_one_year: compareDates(input.birthDate, today) <= 0 && !isWithinBundleAge(input.birthDate, today),
    no_local_hukou: !input.localHukouParent,
  };
  return GUIDE_ORDER.filter((reason) => failed[reason]);
}

export function checkEligibility(input: EligibilityInput, today: string): EligibilityResult {
  const reasons = ineligibleReasons(input, today);
  if (reasons.length === 0) return { eligible: true };
  return { eligible: false, guides: reasons.map((reason) => ({ ...OFFLINE_GUIDES[reason], bring: [...OFFLINE_GUIDES[reason].bring] })) };
}

/**
 * A birth date in the future is accepted (it gets the not_born_yet guide), but not beyond the latest
 * due date a 生育登记 accepts: such a date is a typo.
 */
export function eligibilitySchema(today: string) {
  const L = ELIGIBILITY_LABELS;
  const latest = registrationWindows(today).dueDate.latest;
  return strictFields('办理条件', {
    hospitalId: oneOf(L.hospitalId, [...HOSPITAL_IDS, BIRTH_ELSEWHERE]),
    firstIssue: yesNo(L.firstIssue),
    birthDate: v.pipe(
      calendarDate(L.birthDate),
      refine((date) => compareDates(date, latest) <= 0, `${L.birthDate}不能晚于${latest}，请检查是否填写有误`),
    ),
    localHukouParent: yesNo(L.localHukouParent),
  });
}

/** Compile-time proof that the schema's output is exactly the contract's EligibilityInput. @public (exported only so the compiler keeps it; nothing imports it) */
export type EligibilitySchemaMatchesContract = Assert<Equals<v.InferOutput<ReturnType<typeof eligibilitySchema>>, EligibilityInput>>;

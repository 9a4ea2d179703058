// What a family does with each result of a finished 出生一件事: where and when to collect it, what to
// bring, and — for 医保 — how the premium is paid. Places are the county's facts and live here as data
// (the page only shows them); a case's own result names the exact office (the 派出所, the clinic, the
// 社保卡 pickup window). Whatever is policy carries its source; what is still to be checked is a
// staff-only note (toConfirm), never shown to parents.
import { BUNDLE_RULES, insuranceCoverageStart } from './bundleRules';
import type { BundleStepKey, StepResults } from './types';

export interface ResultSummary {
  step: BundleStepKey;
  /** What the family gets, e.g. '出生医学证明'. */
  result: string;
  /** The result's number or state, e.g. '编号 Q530012345'. */
  detail: string;
  where: string;
  when: string;
  bring: string[];
  /** Extra guidance (e.g. how the 医保 premium is paid). */
  how?: string;
  source?: string;
}

interface CollectionFacts {
  result: string;
  when: string;
  bring: readonly string[];
  how?: string;
  source?: string;
  /** Staff-only. */
  toConfirm?: string;
}

const WORKING_HOURS = '办结后即可办理，工作日办公时间（节假日除外）';

export const COLLECTION_FACTS: Readonly<Record<BundleStepKey, CollectionFacts>> = {
  birth_certificate: {
    result: '出生医学证明',
    when: WORKING_HOURS,
    bring: ['父母双方的身份证', '申请编号（在本页顶部）'],
  },
  vaccination: {
    result: '预防接种证',
    when: '带孩子第一次去接种时领取；下一剂的时间见“预防接种”里的接种计划',
    bring: ['孩子本人', '出生医学证明', '监护人的身份证'],
  },
  hukou: {
    result: '户口簿（已登记孩子的户口页）',
    when: WORKING_HOURS,
    bring: ['家里的户口簿原件（加盖孩子的户口页）', '户主或父母一方的身份证'],
  },
  medical_insurance: {
    result: '城乡居民医保',
    when: '已参保缴费',
    bring: [],
    how:
      '新生儿的医保费已在办理时缴纳。以后每年在集中缴费期缴纳下一年度的城乡居民医保费，' +
      '可通过“云南税务”微信小程序、云南税务App或银行柜台缴纳；具体时间以当年的缴费通知为准。',
    source: BUNDLE_RULES.insuranceCoverDays.source,
    toConfirm: '缴费渠道按云南省城乡居民医保费由税务部门征收的做法整理，待县医保局确认',
  },
  social_security: {
    result: '社会保障卡',
    when: '制卡完成后（收到通知后再去，避免白跑）',
    bring: ['监护人的身份证', '户口簿'],
  },
};

type AnyResult = Partial<StepResults[BundleStepKey]> & Record<string, unknown>;

function text(r: AnyResult, key: string): string | undefined {
  const value = r[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * One summary line per finished step, in the order the steps are listed. `hospitalName` is where the
 * child was born (the 出生医学证明 window); everything else comes from the department's own result.
 */
export function resultSummaries(
  done: readonly { step: BundleStepKey; result: StepResults[BundleStepKey] }[],
  context: { hospitalName: string; childBirthDate: string },
): ResultSummary[] {
  return done.map(({ step, result }) => {
    const r = result as AnyResult;
    const facts = COLLECTION_FACTS[step];
    const base = { step, result: facts.result, when: facts.when, bring: [...facts.bring] };
    const extra = { ...(facts.how ? { how: facts.how } : {}), ...(facts.source ? { source: facts.source } : {}) };
    switch (step) {
      case 'birth_certificate':
        return {
          ...base,
          ...extra,
          detail: `编号 ${text(r, 'certificateNumber') ?? ''}`,
          where: `${context.hospitalName} 出生医学证明办理窗口`,
        };
      case 'vaccination':
        return { ...base, ...extra, detail: `编号 ${text(r, 'certificateNumber') ?? ''}`, where: text(r, 'clinicName') ?? '' };
      case 'hukou':
        return {
          ...base,
          ...extra,
          detail: `${text(r, 'registeredOn') ?? ''} 已登记户口`,
          where: `${text(r, 'policeStation') ?? ''} 户籍窗口`,
        };
      case 'medical_insurance': {
        const paidOn = text(r, 'paidOn') ?? '';
        return {
          ...base,
          ...extra,
          detail: `参保编号 ${text(r, 'insuranceNumber') ?? ''}，${paidOn} 已缴费，自 ${insuranceCoverageStart(context.childBirthDate, paidOn)} 起享受医保待遇`,
          where: '不用到窗口领取',
        };
      }
      case 'social_security': {
        const tracking = text(r, 'trackingNumber');
        return {
          ...base,
          ...extra,
          detail: `卡号 ${text(r, 'cardNumber') ?? ''}`,
          where: tracking ? `已邮寄，单号 ${tracking}` : `${text(r, 'pickupPlace') ?? ''}`,
          ...(tracking ? { when: '按快递单号查询送达时间', bring: ['签收时出示收件人的身份证'] } : {}),
        };
      }
    }
  });
}

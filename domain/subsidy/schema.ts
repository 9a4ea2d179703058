// Subsidy inputs as the server accepts them; the same schemas run in the pages. Every message is
// Chinese and names its field.
import * as v from 'valibot';
import { addMonths, compareDates } from '../dates';
import { TOWNSHIP_CODES } from '../place/townships';
import type { Assert, Equals } from '../typeChecks';
import { calendarDate, idNumberField, oneOf, optionalText, refine, requiredText, strictFields, typeMessage } from '../validation';
import { COUNTY_CHILDCARE_AFTER_2025, SETTING_SOURCE_MAX_LENGTH, SETTING_SOURCE_MIN_LENGTH } from './policySettings';
import type {
  ChildPapersInput,
  InsurancePolicyInput,
  MarkTransferFailedInput,
  NewPayoutAccount,
  PayoutAccountInput,
  SubsidyApplyInput,
  SubsidyStatus,
} from './types';

export const SUBSIDY_LABELS = {
  application: '补贴申请',
  childId: '申领补贴的孩子',
  account: '收款账户',
  accountKind: '账户类型',
  accountHolder: '收款人',
  bankName: '开户银行',
  accountNumber: '收款账号',
  papers: '孩子的证件信息',
  idNumber: '孩子的公民身份号码',
  birthCertificateNumber: '出生医学证明编号',
  hukouTownship: '孩子户籍所在乡镇',
  hukouBookFileId: '户口簿照片',
  decision: '审核结论',
  rejectReason: '不予通过的原因',
  paidOn: '发放日期',
  batchId: '发放批次',
  movedOn: '户口迁出日期',
  destination: '户口迁往地',
  queueStatus: '申请状态',
  transferFailReason: '转账失败原因',
  insurance: '意外伤害险保单',
  insurer: '保险公司',
  policyNumber: '保单号',
  policyFrom: '保险起期',
  policyTo: '保险止期',
} as const;

const L = SUBSIDY_LABELS;

export const ID_MAX_LENGTH = 64;
export const BANK_NAME_MAX_LENGTH = 30;
export const REJECT_REASON_MIN_LENGTH = 4;
export const REJECT_REASON_MAX_LENGTH = 200;
export const ACCOUNT_NUMBER_DIGITS = { min: 12, max: 19 } as const;

export const ACCOUNT_KINDS: readonly NewPayoutAccount['kind'][] = ['bank_card', 'social_security_card'];
export const ACCOUNT_HOLDERS: readonly NewPayoutAccount['holder'][] = ['applicant', 'child'];
export const MOVE_DESTINATIONS = ['yunnan_other', 'outside_yunnan'] as const;
export const QUEUE_STATUSES = ['submitted', 'under_review'] as const satisfies readonly SubsidyStatus[];

function recordId(label: string) {
  return v.pipe(
    v.string(typeMessage(label, '请选择')),
    v.trim(),
    refine((s) => s.length > 0, `请选择${label}`),
    refine((s) => s.length <= ID_MAX_LENGTH, `${label}格式不正确`),
  );
}

/** Digits only: spaces and dashes people type between groups are dropped. */
export function accountNumberField(label: string) {
  const { min, max } = ACCOUNT_NUMBER_DIGITS;
  return v.pipe(
    v.string(typeMessage(label)),
    v.transform((s) => s.replace(/[\s-]/g, '')),
    refine((s) => s.length > 0, `请填写${label}`),
    refine((s) => new RegExp(`^\\d{${min},${max}}$`).test(s), `${label}应为${min}至${max}位数字`),
  );
}

const BANK_NAME = /^[\u4e00-\u9fffA-Za-z（）()]{2,}$/;

export function bankNameField(label: string) {
  return v.pipe(
    requiredText(label, BANK_NAME_MAX_LENGTH),
    refine((s) => BANK_NAME.test(s), `${label}请填写银行名称，如中国农业银行`),
  );
}

const BIRTH_CERTIFICATE_NUMBER = /^[A-Z]\d{9}$/;

/** One capital letter and 9 digits (e.g. 'Q530012345'); a child born outside 云南 has another province's digits. */
export function birthCertificateField(label: string) {
  return v.pipe(
    v.string(typeMessage(label)),
    v.transform((s) => s.replace(/\s+/g, '').toUpperCase()),
    refine((s) => s.length > 0, `请填写${label}`),
    refine((s) => BIRTH_CERTIFICATE_NUMBER.test(s), `${label}格式不正确，应为1个大写字母加9位数字，如Q530012345`),
  );
}

function newAccountSchema() {
  return strictFields(L.account, {
    kind: oneOf(L.accountKind, ACCOUNT_KINDS),
    holder: oneOf(L.accountHolder, ACCOUNT_HOLDERS),
    bankName: bankNameField(L.bankName),
    accountNumber: accountNumberField(L.accountNumber),
  });
}

const previousAccountSchema = strictFields(L.account, { kind: v.literal('previous', `请选择${L.accountKind}`) });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new card, or `{ kind: 'previous' }` to reuse the last account (one-tap renewal). */
export function payoutAccountSchema() {
  const fresh = newAccountSchema();
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord, typeMessage(L.account, '请选择')),
    v.rawTransform<Record<string, unknown>, PayoutAccountInput>(({ dataset, addIssue, NEVER }) => {
      const result =
        dataset.value.kind === 'previous'
          ? v.safeParse(previousAccountSchema, dataset.value, { lang: 'zh-CN' })
          : v.safeParse(fresh, dataset.value, { lang: 'zh-CN' });
      if (result.success) return result.output as PayoutAccountInput;
      for (const issue of result.issues) addIssue({ message: issue.message, ...(issue.path ? { path: issue.path } : {}) });
      return NEVER;
    }),
  );
}

export function childPapersSchema(today: string) {
  return strictFields(L.papers, {
    idNumber: idNumberField(L.idNumber, today),
    birthCertificateNumber: birthCertificateField(L.birthCertificateNumber),
    hukouTownship: oneOf(L.hukouTownship, TOWNSHIP_CODES),
    hukouBookFileId: v.pipe(
      v.string(`请上传${L.hukouBookFileId}`),
      v.trim(),
      refine((s) => s.length > 0, `请上传${L.hukouBookFileId}`),
      refine((s) => s.length <= ID_MAX_LENGTH, `${L.hukouBookFileId}格式不正确，请重新上传`),
    ),
  });
}

export const INSURER_MAX_LENGTH = 40;
export const POLICY_NUMBER_PATTERN = /^[A-Za-z0-9-]{6,40}$/;
/** A policy for an infant is bought a year at a time; a longer period is a typing error. */
export const POLICY_MAX_MONTHS = 12;

/** The accident-insurance policy the parent bought: checked again on the server. */
export function insurancePolicySchema(today: string) {
  return v.pipe(
    strictFields(L.insurance, {
      insurer: requiredText(L.insurer, INSURER_MAX_LENGTH),
      policyNumber: v.pipe(
        v.string(typeMessage(L.policyNumber)),
        v.trim(),
        refine((s) => s.length > 0, `请填写${L.policyNumber}`),
        refine((s) => POLICY_NUMBER_PATTERN.test(s), `${L.policyNumber}应为6—40位字母、数字或“-”，请按保单填写`),
      ),
      from: v.pipe(
        calendarDate(L.policyFrom),
        refine((s) => compareDates(s, today) <= 0, `${L.policyFrom}不能晚于今天：请填写已购买的保单`),
      ),
      to: calendarDate(L.policyTo),
    }),
    v.forward(
      v.partialCheck([['from'], ['to']], (p) => compareDates(p.to, p.from) >= 0, `${L.policyTo}不能早于${L.policyFrom}`),
      ['to'],
    ),
    v.forward(
      v.partialCheck(
        [['from'], ['to']],
        (p) => compareDates(p.to, addMonths(p.from, POLICY_MAX_MONTHS)) <= 0,
        `保险期间不能超过${POLICY_MAX_MONTHS}个月，请按保单填写`,
      ),
      ['to'],
    ),
  );
}

export function subsidyApplySchema(today: string) {
  return strictFields(L.application, {
    childId: recordId(L.childId),
    account: payoutAccountSchema(),
    papers: v.optional(childPapersSchema(today)),
    insurance: v.optional(insurancePolicySchema(today)),
  });
}

export const decideSubsidySchema = v.pipe(
  strictFields('审核结果', {
    id: recordId(L.application),
    decision: oneOf(L.decision, ['approve', 'reject'] as const),
    reason: optionalText(L.rejectReason, REJECT_REASON_MAX_LENGTH),
  }),
  v.forward(
    v.partialCheck(
      [['decision'], ['reason']],
      (x) => x.decision !== 'reject' || Array.from(x.reason ?? '').length >= REJECT_REASON_MIN_LENGTH,
      `请填写${L.rejectReason}（至少${REJECT_REASON_MIN_LENGTH}个字），家长将据此补正`,
    ),
    ['reason'],
  ),
);

function notAfterToday(label: string, today: string) {
  return v.pipe(
    calendarDate(label),
    refine((s) => compareDates(s, today) <= 0, `${label}不能晚于今天`),
  );
}

export function markBatchPaidSchema(today: string) {
  return strictFields('发放信息', { batchId: recordId(L.batchId), paidOn: notAfterToday(L.paidOn, today) });
}

export const TRANSFER_FAIL_REASON_MIN_LENGTH = 2;
export const TRANSFER_FAIL_REASON_MAX_LENGTH = 100;

/** One transfer of an open batch that the bank returned: it leaves the batch for the next one. */
export const markTransferFailedSchema = strictFields('转账失败信息', {
  batchId: recordId(L.batchId),
  applicationId: recordId(L.application),
  reason: v.pipe(
    requiredText(L.transferFailReason, TRANSFER_FAIL_REASON_MAX_LENGTH),
    refine((s) => Array.from(s).length >= TRANSFER_FAIL_REASON_MIN_LENGTH, `请填写${L.transferFailReason}（如“账号有误”“账户已销户”）`),
  ),
});

/** The health bureau's answer to a policy question, with the document it relied on. */
export const setSubsidyPolicySchema = strictFields('政策设置', {
  key: oneOf('设置项', [COUNTY_CHILDCARE_AFTER_2025] as const),
  value: oneOf('县育儿补助2025年后的执行口径', ['undecided', 'ended', 'continues'] as const),
  source: v.pipe(
    requiredText('依据文件', SETTING_SOURCE_MAX_LENGTH),
    refine(
      (s) => Array.from(s).length >= SETTING_SOURCE_MIN_LENGTH,
      `请填写依据文件的名称、文号和条款（至少${SETTING_SOURCE_MIN_LENGTH}个字）`,
    ),
  ),
});

export const exportPayoutBatchSchema = strictFields('导出条件', { batchId: recordId(L.batchId) });

export function hukouMoveSchema(today: string) {
  return strictFields('户口迁出信息', {
    childId: recordId('孩子'),
    movedOn: notAfterToday(L.movedOn, today),
    destination: oneOf(L.destination, MOVE_DESTINATIONS),
  });
}

export const subsidyQueueSchema = strictFields('查询条件', { status: v.optional(oneOf(L.queueStatus, QUEUE_STATUSES)) });

/** Compile-time proof that the schemas give exactly the contract's input types. @public (exported only so the compiler keeps it; nothing imports it) */
export type SchemaMatchesContract = [
  Assert<Equals<v.InferOutput<ReturnType<typeof childPapersSchema>>, ChildPapersInput>>,
  Assert<Equals<v.InferOutput<ReturnType<typeof newAccountSchema>>, NewPayoutAccount>>,
  Assert<Equals<v.InferOutput<ReturnType<typeof payoutAccountSchema>>, PayoutAccountInput>>,
  Assert<Equals<v.InferOutput<typeof markTransferFailedSchema>, MarkTransferFailedInput>>,
  Assert<Equals<v.InferOutput<ReturnType<typeof insurancePolicySchema>>, InsurancePolicyInput>>,
  Assert<
    Equals<
      Omit<v.InferOutput<ReturnType<typeof subsidyApplySchema>>, 'papers' | 'insurance'>,
      Omit<SubsidyApplyInput, 'papers' | 'insurance'>
    >
  >,
];

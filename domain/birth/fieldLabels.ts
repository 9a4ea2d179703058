// The Chinese label of every 出生一件事 field, shared by the schemas' messages and the forms.
import { personFieldLabelFor, personFieldLabels, type PersonField } from '../people/personSchema';
import type { CardInput, ChildInput, HouseholdInput, InsuranceInput, StepResults } from './types';

export type ParentRole = 'applicant' | 'otherParent';

export const APPLICATION_LABEL = '出生一件事申请信息';

export const PARENT_LABELS: Readonly<Record<ParentRole, string>> = { applicant: '申请人', otherParent: '另一方父母' };

export function parentFieldLabel(role: ParentRole, field: PersonField): string {
  return personFieldLabelFor(PARENT_LABELS[role], field);
}

export const SECTION_LABELS = {
  registrationId: '生育登记编号',
  applicant: '申请人信息',
  otherParent: '另一方父母信息',
  child: '孩子信息',
  household: '落户信息',
  insurance: '医保参保信息',
  card: '社保卡领取信息',
  services: '办理事项',
  attachments: '附件',
} as const;

export const CHILD_LABELS: Readonly<Record<keyof ChildInput, string>> = {
  name: '孩子姓名',
  sex: '孩子性别',
  birthDate: '孩子的出生日期',
  birthTime: '出生时间',
  weightGrams: '出生体重（克）',
  lengthCm: '出生身长（厘米）',
  hospitalId: '出生医院',
  ethnicity: '孩子的民族',
};

export const HOUSEHOLD_LABELS: Readonly<Record<keyof HouseholdInput, string>> = {
  joins: '孩子随哪一方落户',
  headName: '户主姓名',
  headRelation: '户主与孩子的关系',
  hukouTownship: '落户乡镇',
  address: '落户地址',
};

export const INSURANCE_LABELS: Readonly<Record<keyof InsuranceInput, string>> = {
  scheme: '参保险种',
  payer: '医保缴费人',
};

export const CARD_LABELS: Readonly<Record<keyof CardInput, string>> = {
  delivery: '社保卡领取方式',
  postAddress: '邮寄地址',
  pickupTownship: '领取乡镇',
};

export const HUKOU_BOOK_LABEL = '户口簿首页及户主页照片';

export function attachmentLabel(index: number, field?: 'kind' | 'fileId'): string {
  const item = `第${index + 1}个附件`;
  if (field === 'kind') return `${item}的类型`;
  if (field === 'fileId') return `${item}的文件编号`;
  return item;
}

/** Labels of what each department enters when it completes its step. */
export const BIRTH_DOSE_LABELS = {
  hepB1Date: '乙肝疫苗第1剂接种日期',
  hepB1Batch: '乙肝疫苗第1剂批号',
  bcgDate: '卡介苗接种日期',
  bcgBatch: '卡介苗批号',
} as const;

export const RESULT_LABELS: { readonly [K in keyof StepResults]: Readonly<Record<keyof StepResults[K], string>> } = {
  birth_certificate: { certificateNumber: '出生医学证明编号', ...BIRTH_DOSE_LABELS },
  vaccination: { certificateNumber: '预防接种证编号', clinicName: '接种单位', ...BIRTH_DOSE_LABELS },
  hukou: { childIdNumber: '孩子的公民身份号码', registeredOn: '户口登记日期', policeStation: '登记派出所' },
  medical_insurance: { insuranceNumber: '医保参保编号', paidOn: '缴费日期' },
  social_security: { cardNumber: '社会保障卡卡号', trackingNumber: '邮寄单号', pickupPlace: '领取地点' },
};

export const RESULT_SECTION_LABELS: Readonly<Record<keyof StepResults, string>> = {
  birth_certificate: '出生医学证明办理结果',
  vaccination: '预防接种证办理结果',
  hukou: '户口登记办理结果',
  medical_insurance: '医保参保办理结果',
  social_security: '社保卡办理结果',
};

function prefixed(prefix: string, labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([field, label]) => [`${prefix}.${field}`, label]));
}

/** Path pattern ('*' for an array index) → label, for the application form. */
export const BIRTH_FIELD_LABELS: Readonly<Record<string, string>> = {
  ...SECTION_LABELS,
  ...personFieldLabels('applicant', PARENT_LABELS.applicant),
  ...personFieldLabels('otherParent', PARENT_LABELS.otherParent),
  ...prefixed('child', CHILD_LABELS),
  ...prefixed('household', HOUSEHOLD_LABELS),
  ...prefixed('insurance', INSURANCE_LABELS),
  ...prefixed('card', CARD_LABELS),
  'attachments.*': '附件',
  'attachments.*.kind': '附件的类型',
  'attachments.*.fileId': '附件的文件编号',
};

/** Label of a concrete error path such as 'attachments.0.fileId' ('第1个附件的文件编号'). */
export function birthFieldLabel(path: string): string | undefined {
  const attachment = /^attachments\.(\d+)(?:\.(kind|fileId))?$/.exec(path);
  if (attachment) return attachmentLabel(Number(attachment[1]), attachment[2] as 'kind' | 'fileId' | undefined);
  return Object.prototype.hasOwnProperty.call(BIRTH_FIELD_LABELS, path) ? BIRTH_FIELD_LABELS[path] : undefined;
}

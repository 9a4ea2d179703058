import type { BundleStepKey } from '@domain/birth/types';

export interface ResultField {
  key: string;
  label: string;
  kind: 'text' | 'idcard' | 'date';
  hint?: string;
  optional?: boolean;
}

/** The birth doses the 助产机构 gave, as on its record: the calendar takes them from here (never shown as overdue). */
const BIRTH_DOSES: ResultField[] = [
  {
    key: 'hepB1Date',
    label: '乙肝疫苗第1剂接种日期',
    kind: 'date',
    optional: true,
    hint: '出生时在医院接种的，照医院记录填写；未接种的不填',
  },
  { key: 'hepB1Batch', label: '乙肝疫苗第1剂批号', kind: 'text', optional: true },
  { key: 'bcgDate', label: '卡介苗接种日期', kind: 'date', optional: true },
  { key: 'bcgBatch', label: '卡介苗批号', kind: 'text', optional: true },
];

/** What each department enters when it completes its step (validated again on the server). */
export const RESULT_FIELDS: Record<BundleStepKey, ResultField[]> = {
  birth_certificate: [
    { key: 'certificateNumber', label: '出生医学证明编号', kind: 'text', hint: '1位大写字母加9位数字，如 Q530012345' },
    ...BIRTH_DOSES,
  ],
  vaccination: [
    { key: 'certificateNumber', label: '预防接种证编号', kind: 'text' },
    { key: 'clinicName', label: '接种单位', kind: 'text' },
    ...BIRTH_DOSES,
  ],
  hukou: [
    { key: 'childIdNumber', label: '孩子的公民身份号码', kind: 'idcard', hint: '号码中的出生日期须与孩子的出生日期一致' },
    { key: 'registeredOn', label: '户口登记日期', kind: 'date' },
    { key: 'policeStation', label: '登记派出所', kind: 'text' },
  ],
  medical_insurance: [
    { key: 'insuranceNumber', label: '医保参保编号', kind: 'text' },
    { key: 'paidOn', label: '缴费日期', kind: 'date' },
  ],
  social_security: [
    { key: 'cardNumber', label: '社会保障卡卡号', kind: 'text', hint: '9位字母或数字' },
    { key: 'trackingNumber', label: '邮寄单号', kind: 'text', optional: true, hint: '邮寄的填写单号；到窗口领取的填写领取地点' },
    { key: 'pickupPlace', label: '领取地点', kind: 'text', optional: true },
  ],
};

// Every nursery input as the server accepts it; the same schemas run in the pages. Messages are
// Chinese and name the field.
import * as v from 'valibot';
import { TOWNSHIP_CODES } from '../place/townships';
import {
  calendarDate,
  indexedArray,
  mobilePhone,
  oneOf,
  optionalText,
  refine,
  requiredText,
  strictFields,
  typeMessage,
  yesNo,
} from '../validation';
import { compareDates } from '../dates';
import { CLASS_KINDS, CLASS_RULES } from './classRules';
import { CARE_TYPES, FILING_STATUSES, INSPECTION_RESULTS, OWNERSHIPS } from './labels';
import { FILING_NUMBER_EXAMPLE, FILING_NUMBER_PATTERN, NURSERY_LIMITS as L } from './limits';
import { addMinutesLocal, isLocalDateTime, isYearMonth, monthsBetween } from './slotTime';
import type { ClassKind } from './types';

/** A number between `min` and `max` (included); integers only unless `decimal`. */
export function numberIn(label: string, min: number, max: number, options: { decimal?: boolean; unit?: string } = {}) {
  const unit = options.unit ?? '';
  return v.pipe(
    v.number(typeMessage(label)),
    v.check((n) => options.decimal === true || Number.isInteger(n), `${label}应为整数`),
    v.check((n) => n >= min && n <= max, `${label}应在${min}${unit}到${max}${unit}之间`),
  );
}

function optionalNumberIn(label: string, min: number, max: number, options: { unit?: string } = {}) {
  return v.nullish(numberIn(label, min, max, options));
}

function optionalFlag(label: string) {
  return v.nullish(v.boolean(`${label}格式不正确`));
}

/** An amount in fen, 0 or more. */
export function feeFen(label: string) {
  return numberIn(label, 0, L.feeMaxFen.value, { unit: '分' });
}

export function latLngSchema(label: string) {
  return strictFields(label, {
    lat: numberIn(`${label}的纬度`, -90, 90, { decimal: true }),
    lng: numberIn(`${label}的经度`, -180, 180, { decimal: true }),
  });
}

const careTypeList = (label: string) =>
  v.pipe(
    v.array(oneOf(label, CARE_TYPES), typeMessage(label, '请选择')),
    v.minLength(1, `请至少选择一种${label}`),
    v.check((list) => new Set(list).size === list.length, `${label}不能重复选择`),
  );

export const ageMonthsSchema = numberIn('孩子月龄', 0, L.ageMonthsMax.value, { unit: '个月' });

export const searchSchema = v.pipe(
  strictFields('查询条件', {
    near: v.nullish(latLngSchema('所在位置')),
    township: v.nullish(oneOf('乡镇', TOWNSHIP_CODES)),
    ageMonths: v.nullish(ageMonthsSchema),
    puhuiOnly: optionalFlag('只看普惠'),
    withVacancy: optionalFlag('只看有空位'),
    careType: v.nullish(oneOf('托育类型', CARE_TYPES)),
    limit: optionalNumberIn('每页条数', 1, L.pageSizeMax.value),
    offset: optionalNumberIn('已显示条数', 0, L.offsetMax.value),
  }),
  v.forward(
    v.partialCheck(
      [['near'], ['township']],
      (i) => (i.near ?? null) !== null || (i.township ?? null) !== null,
      '请选择乡镇，或允许获取您的位置',
    ),
    ['township'],
  ),
);

const recordRef = (label: string) => requiredText(label, 64);

export const bookVisitSchema = strictFields('参观预约', {
  institutionId: recordRef('托育机构'),
  slotId: recordRef('参观时段'),
  visitors: numberIn('参观人数', 1, L.visitorsMax.value, { unit: '人' }),
  childId: v.nullish(recordRef('孩子')),
  /** Optional: a contact number other than the one in the family's 生育登记. */
  phone: v.nullish(mobilePhone('联系电话')),
});

export function applyPlaceSchema(today: string) {
  const thisMonth = today.slice(0, 7);
  return strictFields('托位申请', {
    institutionId: recordRef('托育机构'),
    classKind: oneOf('班级类型', CLASS_KINDS),
    careType: oneOf('托育类型', CARE_TYPES),
    childId: recordRef('孩子'),
    startMonth: v.pipe(
      v.string(typeMessage('入托月份', '请选择')),
      v.trim(),
      refine(isYearMonth, '入托月份格式不正确，应为YYYY-MM'),
      refine((m) => m >= thisMonth, '入托月份不能早于本月'),
      refine((m) => monthsBetween(thisMonth, m) <= L.startMonthsAhead.value, `入托月份最多为${L.startMonthsAhead.value}个月以后`),
    ),
    note: optionalText('备注', 200),
    phone: v.nullish(mobilePhone('联系电话')),
  });
}

function classSchema(index: number) {
  const n = `第${index + 1}个班级`;
  return v.pipe(
    strictFields(n, {
      kind: oneOf(`${n}的班级类型`, CLASS_KINDS),
      capacity: numberIn(`${n}的托位数`, 1, 100, { unit: '人' }),
      enrolled: numberIn(`${n}的在托人数`, 0, 100, { unit: '人' }),
      careFeeMonthlyFen: feeFen(`${n}的保育费`),
    }),
    v.forward(
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const rule = CLASS_RULES[dataset.value.kind as ClassKind];
        if (dataset.value.capacity > rule.maxChildren) addIssue({ message: `${n}（${rule.name}）的托位数不能超过${rule.maxChildren}人` });
      }),
      ['capacity'],
    ),
    v.forward(
      v.partialCheck([['capacity'], ['enrolled']], (c) => c.enrolled <= c.capacity, `${n}的在托人数不能超过托位数`),
      ['enrolled'],
    ),
  );
}

function otherFeeSchema(index: number) {
  const n = `第${index + 1}项其他收费`;
  return strictFields(n, {
    name: requiredText(`${n}的名称`, 20),
    amountFen: feeFen(`${n}的金额`),
    per: oneOf(`${n}的收费周期`, ['month', 'term', 'once'] as const),
  });
}

const hoursText = requiredText('服务时间', 60);

export const offerSchema = strictFields('机构服务信息', {
  classes: indexedArray('班级', { count: L.classesMax.value, message: `最多登记${L.classesMax.value}个班级` }, classSchema),
  mealsMonthlyFen: feeFen('伙食费'),
  otherFees: indexedArray('其他收费', { count: L.otherFeesMax.value, message: `其他收费最多${L.otherFeesMax.value}项` }, otherFeeSchema),
  hours: hoursText,
  careTypes: careTypeList('托育类型'),
  caregivers: numberIn('保育人员数', 0, L.caregiversMax.value, { unit: '人' }),
});

/** 'YYYY-MM-DDTHH:mm' Beijing time, after `nowLocal` and within the days allowed ahead. */
export function visitSlotSchema(nowLocal: string) {
  const latest = addMinutesLocal(nowLocal, L.slotDaysAhead.value * 24 * 60);
  return strictFields('参观时段', {
    start: v.pipe(
      v.string(typeMessage('参观开始时间', '请选择')),
      v.trim(),
      refine(isLocalDateTime, '参观开始时间格式不正确，应为YYYY-MM-DDTHH:mm'),
      refine((s) => s > nowLocal, '参观开始时间不能早于现在'),
      refine((s) => s <= latest, `参观开始时间最多为${L.slotDaysAhead.value}天以后`),
    ),
    durationMin: numberIn('参观时长', L.slotDurationMin.value, L.slotDurationMax.value, { unit: '分钟' }),
    capacity: numberIn('可预约家庭数', 1, L.slotCapacityMax.value, { unit: '个' }),
  });
}

const FIXED_OR_MOBILE = /^(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})$/;

export const institutionSchema = strictFields('机构备案信息', {
  name: requiredText('机构名称', 60),
  filingNumber: v.pipe(
    v.string(typeMessage('备案编号')),
    v.transform((s) => s.trim().toUpperCase()),
    refine((s) => s.length > 0, '请填写备案编号'),
    refine((s) => FILING_NUMBER_PATTERN.test(s), `备案编号格式不正确，应如 ${FILING_NUMBER_EXAMPLE}（地区代码+BA+年份+4位序号）`),
  ),
  ownership: oneOf('机构性质', OWNERSHIPS),
  demonstration: yesNo('是否示范性托育机构'),
  kindergartenClass: yesNo('是否幼儿园托班'),
  township: oneOf('所在乡镇', TOWNSHIP_CODES),
  address: requiredText('机构地址', 100),
  location: latLngSchema('机构位置'),
  phone: v.pipe(
    v.string(typeMessage('联系电话')),
    v.transform((s) => s.replace(/\s/g, '')),
    refine((s) => s.length > 0, '请填写联系电话'),
    refine((s) => FIXED_OR_MOBILE.test(s), '联系电话格式不正确，应为手机号或带区号的固定电话'),
  ),
  hours: hoursText,
  careTypes: careTypeList('托育类型'),
  caregivers: numberIn('保育人员数', 0, L.caregiversMax.value, { unit: '人' }),
  grade: v.nullish(oneOf('等级评定', ['一级', '二级', '三级'] as const)),
});

export function inspectionSchema(today: string) {
  return {
    date: v.pipe(
      calendarDate('检查日期'),
      refine((d) => compareDates(d, today) <= 0, '检查日期不能晚于今天'),
    ),
    result: oneOf('检查结果', INSPECTION_RESULTS),
    notes: optionalText('检查情况说明', 500),
  };
}

export const filingStatusField = oneOf('备案状态', FILING_STATUSES);

// Bounds on what operators, the bureau and parents enter that are not policy but sanity: each with
// its reason, so a change is one edit here.

export const NURSERY_LIMITS = {
  ageMonthsMax: { value: 72, reason: '托育服务对象为0—3岁婴幼儿；月龄上限放宽到72个月（6周岁），以便学龄前儿童家长也能查询。' },
  pageSizeMax: { value: 50, reason: '每页最多50条，默认20条。' },
  pageSizeDefault: { value: 20, reason: '每页默认20条。' },
  offsetMax: { value: 1000, reason: '按距离翻页最多翻到第1000条之后，更远的机构请换一个位置查询。' },
  visitorsMax: { value: 3, reason: '每次参观最多3位成人，避免影响在托婴幼儿。' },
  slotDaysAhead: { value: 60, reason: '参观时段最多提前60天发布。' },
  slotDurationMin: { value: 15, reason: '参观时段至少15分钟。' },
  slotDurationMax: { value: 240, reason: '参观时段最长4小时。' },
  slotCapacityMax: { value: 20, reason: '每个参观时段最多接待20个家庭。' },
  startMonthsAhead: { value: 12, reason: '托位申请的入托月份最多为12个月以后。' },
  feeMaxFen: { value: 2_000_000, reason: '单项收费上限2万元（按分计），超出视为填写错误。' },
  classesMax: { value: 30, reason: '一个机构最多登记30个班。' },
  otherFeesMax: { value: 10, reason: '其他收费最多10项。' },
  caregiversMax: { value: 500, reason: '保育人员数超过500视为填写错误。' },
} as const;

/**
 * 备案 number format chosen for this system: the 6-digit region code of the county (云南 53xxxx), 'BA'
 * (备案), the filing year and a 4-digit serial, e.g. 533123BA20240001. Filing receipts are issued by
 * each county's 卫健局 in its own style; this one is to be confirmed with 盈江县卫健局.
 */
export const FILING_NUMBER_PATTERN = /^53\d{4}BA20\d{2}\d{4}$/;
export const FILING_NUMBER_EXAMPLE = '533123BA20240001';

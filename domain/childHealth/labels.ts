// Field names and choices of the child health records, shared by the staff form and the server's messages.
export const RECORD_LABELS = {
  checkId: '检查项目',
  facility: '检查机构',
  feeding: '喂养方式',
  development: '发育筛查结果',
  referral: '转诊',
} as const;

export const SCREENING_LABELS = {
  kind: '筛查项目',
  round: '初筛或复筛',
  result: '筛查结果',
  date: '筛查日期',
  facility: '筛查机构',
  recheckWhere: '复查/就诊地点',
} as const;

export type FeedingKind = 'breast' | 'mixed' | 'formula' | 'complementary' | 'family_diet';
export const FEEDING_KINDS: readonly FeedingKind[] = ['breast', 'mixed', 'formula', 'complementary', 'family_diet'];
export const FEEDING_NAMES: Readonly<Record<FeedingKind, string>> = {
  breast: '纯母乳喂养',
  mixed: '混合喂养',
  formula: '人工喂养',
  complementary: '奶类加辅食',
  family_diet: '普通膳食',
};

export type DevelopmentResult = 'normal' | 'suspect' | 'not_done';
export const DEVELOPMENT_RESULTS: readonly DevelopmentResult[] = ['normal', 'suspect', 'not_done'];
export const DEVELOPMENT_NAMES: Readonly<Record<DevelopmentResult, string>> = {
  normal: '未见异常',
  suspect: '可疑，需进一步评估',
  not_done: '本次未做',
};

/** The chart tabs' names (domain/growth/growthStandard.MEASURE_NAMES sits beside the WHO tables; pages import this one). */
export const MEASURE_LABELS = { weight: '体重', length: '身长/身高', head: '头围' } as const;

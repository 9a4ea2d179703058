// 出生人口性别比: boys born per 100 girls born. Seed 一 asks that it 趋于正常; the range below is
// the commonly cited normal level (some sources give 102–107: the low end is one setting here).

export const SEX_RATIO_NORMAL_RANGE = {
  low: 103,
  high: 107,
  source:
    '国际上通常认定的出生人口性别比正常值域：每100名女婴对应103—107名男婴（亦有文献引作102—107；本系统取103—107，待县卫生健康局确认）。' +
    '盈发〔2023〕8号 一、总体目标：“出生人口性别比趋于正常”；二(二)2：“综合治理出生人口性别比问题”。',
} as const;

/** Boys per 100 girls, one decimal; null when no girl was born (the ratio is undefined). */
export function sexRatio(boys: number, girls: number): number | null {
  if (girls <= 0) return null;
  return Math.round((boys * 1000) / girls) / 10;
}

/** Whether a ratio lies inside the normal range (both ends included). */
export function sexRatioNormal(ratio: number): boolean {
  return ratio >= SEX_RATIO_NORMAL_RANGE.low && ratio <= SEX_RATIO_NORMAL_RANGE.high;
}

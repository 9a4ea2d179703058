// 出生人口性别比: boys born per 100 girls born. Seed 一 asks that it 趋于正常; the range below is
// the commonly cited normal level (some sources give 102–107: the low end is one setting here).

import { SMALL_COUNT_LIMIT, WITHHELD } from './suppression';

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

/**
 * The one rule for showing a sex ratio, on the dashboard (headline and card) and in the yearly report:
 * from fewer than SMALL_COUNT_LIMIT boys or girls it is withheld (it would point at families, and it
 * says nothing: 3 boys and 3 girls give 100.0), never coloured as normal.
 */
export type SexRatioFigure = { kind: 'withheld' } | { kind: 'shown'; ratio: number; verdict: 'low' | 'normal' | 'high' };

export function sexRatioFigure(boys: number, girls: number): SexRatioFigure {
  const ratio = Math.min(boys, girls) < SMALL_COUNT_LIMIT ? null : sexRatio(boys, girls);
  if (ratio === null) return { kind: 'withheld' };
  const verdict = ratio < SEX_RATIO_NORMAL_RANGE.low ? 'low' : ratio > SEX_RATIO_NORMAL_RANGE.high ? 'high' : 'normal';
  return { kind: 'shown', ratio, verdict };
}

/** '105.3', or WITHHELD ('—') when it is not shown. */
export function sexRatioText(figure: SexRatioFigure): string {
  return figure.kind === 'shown' ? figure.ratio.toFixed(1) : WITHHELD;
}

export const SEX_RATIO_WITHHELD_TEXT = `男婴或女婴不足${SMALL_COUNT_LIMIT}名，不计算性别比`;

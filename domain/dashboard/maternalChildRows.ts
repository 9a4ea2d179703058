// The yearly report's 妇幼 rows: each indicator (rate, and the count it is of), the 妊娠风险 colours,
// and the year's entered figures beside the plan's targets. Rates of fewer than 5 are withheld and
// counts below 5 shown as '<5' (suppression.ts), like every other row.
import { REPORTED_FIGURE_KEYS, REPORTED_FIGURES, targetFor } from './maternalChildTargets';
import type { MaternalChildFigures } from './maternalChildFigures';
import { suppress, unlessFew } from './suppression';
import type { ReportRow } from './types';

export const NO_RECORDS = '暂无记录';
export const NOT_ENTERED = '未录入';

const rate = (r: number | null) => (r === null ? NO_RECORDS : `${r.toFixed(1)}%`);

/** '8.5/10万（2025年目标：低于10/10万，已达到）' */
export function reportedValueText(value: number, unit: string, target?: { year: number; below: number }): string {
  const figure = `${value}${unit}`;
  if (!target) return figure;
  return `${figure}（${target.year}年目标：低于${target.below}${unit}，${value < target.below ? '已达到' : '未达到'}）`;
}

export function maternalChildRows(m: MaternalChildFigures, year: number): ReportRow[] {
  const s = '妇幼健康';
  const rows: ReportRow[] = [];
  for (const i of m.indicators) {
    rows.push({ section: s, label: i.name, value: i.denominator === 0 ? NO_RECORDS : unlessFew(i.denominator, () => rate(i.rate)) });
    rows.push({ section: s, label: `${i.name}·统计人数`, value: suppress(i.denominator) });
  }
  const r = '妊娠风险分级构成';
  rows.push({ section: r, label: '做过妊娠风险评估的在管孕产妇', value: suppress(m.risk.assessed) });
  for (const c of m.risk.byColour) {
    rows.push({
      section: r,
      label: c.name,
      value: m.risk.assessed === 0 ? NO_RECORDS : unlessFew(m.risk.assessed, () => `${suppress(c.count)}（${rate(c.share)}）`),
    });
  }
  rows.push({
    section: r,
    label: '高危（橙色、红色、紫色）',
    value:
      m.risk.assessed === 0
        ? NO_RECORDS
        : unlessFew(m.risk.assessed, () => `${suppress(m.risk.highRisk)}（${rate(m.risk.highRiskShare)}）`),
  });
  const e = '妇幼上报数据（妇幼卫生统计）';
  for (const key of REPORTED_FIGURE_KEYS) {
    const spec = REPORTED_FIGURES[key];
    const entered = m.reported.find((f) => f.figure === key && f.year === year);
    const target = targetFor(key, year);
    rows.push({
      section: e,
      label: `${spec.name}（${year}年）`,
      value: entered ? reportedValueText(entered.value, spec.unit, target) : NOT_ENTERED,
    });
    if (entered) rows.push({ section: e, label: `${spec.name}·数据来源`, value: entered.source });
  }
  return rows;
}

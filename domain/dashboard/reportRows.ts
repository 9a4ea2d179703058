// The yearly report (seed 三(三)) as labelled rows: the county's, or one department's part. Counts
// pass through `suppress`, derived figures through `unlessFew` (suppression.ts); nothing here names
// a person.
import { bundleStep } from '../birth/bundleGraph';
import type { BundleStepKey } from '../birth/types';
import { formatYuan } from '../money';
import { className } from '../nursery/classRules';
import { ethnicityName } from '../people/ethnicities';
import { townshipName } from '../place/townships';
import { maternalChildRows } from './maternalChildRows';
import type { MaternalChildFigures } from './maternalChildFigures';
import { sexRatioFigure, sexRatioText } from './sexRatio';
import { suppress, unlessFew } from './suppression';
import type { BirthFigures, NurseryFigures, ReportRow, ReportScope, StepTurnaround, SubsidyFigures } from './types';

export interface ReportFigures {
  births: BirthFigures;
  bundle: StepTurnaround[];
  subsidies: SubsidyFigures;
  nurseries: NurseryFigures;
  maternalChild: MaternalChildFigures;
}

export const SCOPE_NAMES: Readonly<Record<ReportScope, string>> = {
  county: '全县',
  health: '卫生健康',
  police: '公安',
  medical_insurance: '医疗保障',
  social_security: '人力资源和社会保障',
  subsidy: '生育补贴',
  nursery: '托育服务',
};

/** Which parts each scope's report holds; the county's holds them all. */
const SCOPE_PARTS: Readonly<
  Record<ReportScope, { births: boolean; steps: readonly BundleStepKey[]; subsidies: boolean; nurseries: boolean; maternalChild: boolean }>
> = {
  county: {
    births: true,
    steps: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
    subsidies: true,
    nurseries: true,
    maternalChild: true,
  },
  // The 助产机构 and 预防接种单位 are the health system's own, and so is 妇幼.
  health: { births: true, steps: ['birth_certificate', 'vaccination'], subsidies: false, nurseries: false, maternalChild: true },
  police: { births: false, steps: ['hukou'], subsidies: false, nurseries: false, maternalChild: false },
  medical_insurance: { births: false, steps: ['medical_insurance'], subsidies: false, nurseries: false, maternalChild: false },
  social_security: { births: false, steps: ['social_security'], subsidies: false, nurseries: false, maternalChild: false },
  subsidy: { births: false, steps: [], subsidies: true, nurseries: false, maternalChild: false },
  nursery: { births: false, steps: [], subsidies: false, nurseries: true, maternalChild: false },
};

export function reportTitle(year: number, scope: ReportScope): string {
  return `盈江县${year}年度人口监测报告（${SCOPE_NAMES[scope]}）`;
}

function birthRows(b: BirthFigures): ReportRow[] {
  const rows: ReportRow[] = [];
  const s = '出生人口';
  rows.push({ section: s, label: '出生人口合计', value: suppress(b.total) });
  for (const t of b.byTownship) rows.push({ section: s, label: townshipName(t.township), value: suppress(t.count) });
  for (const m of b.byMonth) rows.push({ section: '出生人口（按月）', label: m.month, value: suppress(m.count) });
  const o = '出生人口（按孩次）';
  rows.push({ section: o, label: '一孩', value: suppress(b.byOrder.first) });
  rows.push({ section: o, label: '二孩', value: suppress(b.byOrder.second) });
  rows.push({ section: o, label: '三孩及以上', value: suppress(b.byOrder.thirdPlus) });
  rows.push({ section: o, label: '孩次不详', value: suppress(b.byOrder.unknown) });
  const x = '出生人口性别比';
  rows.push({ section: x, label: '男婴', value: suppress(b.sex.boys) });
  rows.push({ section: x, label: '女婴', value: suppress(b.sex.girls) });
  rows.push({ section: x, label: '性别不详（补登的生育登记未记录性别）', value: suppress(b.sex.unknown) });
  rows.push({
    section: x,
    label: '出生人口性别比（每100名女婴对应的男婴数）',
    value: sexRatioText(sexRatioFigure(b.sex.boys, b.sex.girls)),
  });
  rows.push({ section: x, label: '正常值域', value: `${b.sex.normalRange.low}—${b.sex.normalRange.high}` });
  for (const e of b.byEthnicity) {
    rows.push({ section: '出生人口（按民族）', label: ethnicityName(e.ethnicity) ?? '民族不详', value: suppress(e.count) });
  }
  return rows;
}

function stepRows(t: StepTurnaround): ReportRow[] {
  const { title, department } = bundleStep(t.step);
  const s = `出生一件事·${title}（${department}）`;
  const days = (d: number | null) => (d === null ? '—' : String(d));
  return [
    { section: s, label: '办结件数', value: suppress(t.done) },
    { section: s, label: '办结用时中位数（天）', value: unlessFew(t.done, () => days(t.medianDays)) },
    { section: s, label: '90%办结用时（天）', value: unlessFew(t.done, () => days(t.p90Days)) },
    ...(t.step === 'hukou' || t.step === 'medical_insurance'
      ? [{ section: s, label: '超过法定期限未办结', value: suppress(t.overdue) }]
      : []),
    { section: s, label: '退回补正次数', value: suppress(t.rejections) },
  ];
}

function subsidyRows(f: SubsidyFigures): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const r of f.byRule) {
    const s = `生育补贴·${r.ruleName}`;
    rows.push({ section: s, label: '申请笔数', value: suppress(r.claims) });
    rows.push({ section: s, label: '审核通过笔数', value: suppress(r.approved) });
    rows.push({ section: s, label: '审核未通过笔数', value: suppress(r.rejected) });
    rows.push({ section: s, label: '已发放笔数', value: suppress(r.paid) });
    rows.push({ section: s, label: '已发放金额', value: formatYuan(r.paidFen) });
  }
  for (const q of f.paidByQuarter) rows.push({ section: '生育补贴（按季度发放）', label: q.quarter, value: formatYuan(q.fen) });
  return rows;
}

function nurseryRows(n: NurseryFigures, year: number): ReportRow[] {
  const s = '托育服务';
  const rows: ReportRow[] = [
    { section: s, label: '常住人口', value: String(n.residents) },
    { section: s, label: '已备案机构托位数', value: String(n.slots) },
    { section: s, label: '其中普惠性托位数', value: String(n.puhuiSlots) },
    { section: s, label: `每千常住人口托位数（目标≥${n.targets.per1000}）`, value: n.slotsPer1000.toFixed(2) },
    { section: s, label: `每千常住人口普惠性托位数（目标≥${n.targets.puhuiPer1000}）`, value: n.puhuiPer1000.toFixed(2) },
  ];
  const target = n.yearly.find((y) => y.year === year) ?? n.yearly.at(-1);
  if (target) {
    rows.push({ section: s, label: `附件2 ${target.year}年总托位任务`, value: String(target.slots) });
    rows.push({ section: s, label: `附件2 ${target.year}年普惠托位任务`, value: String(target.puhuiSlots) });
  }
  for (const c of n.vacanciesByClass) {
    rows.push({
      section: '托育服务（按班型）',
      label: `${className(c.kind)}：托位 / 在托 / 空余`,
      value: `${c.capacity} / ${c.enrolled} / ${c.vacancies}`,
    });
  }
  return rows;
}

export function reportRows(f: ReportFigures, year: number, scope: ReportScope): ReportRow[] {
  const parts = SCOPE_PARTS[scope];
  const byStep = new Map(f.bundle.map((t) => [t.step, t]));
  return [
    ...(parts.births ? birthRows(f.births) : []),
    ...parts.steps.flatMap((step) => {
      const t = byStep.get(step);
      return t ? stepRows(t) : [];
    }),
    ...(parts.subsidies ? subsidyRows(f.subsidies) : []),
    ...(parts.nurseries ? nurseryRows(f.nurseries, year) : []),
    ...(parts.maternalChild ? maternalChildRows(f.maternalChild, year) : []),
  ];
}

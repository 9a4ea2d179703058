// The figures the health bureau enters each year from the 妇幼 reporting system (妇幼卫生年报 /
// 妇幼卫生监测) and the county's 2025 targets for them, with the clause each comes from. The
// dashboard and the yearly report set each entered figure beside its target.
export type ReportedFigureKey = 'maternal_mortality' | 'infant_mortality';

export interface ReportedFigureSpec {
  key: ReportedFigureKey;
  name: string;
  /** How the figure is written: '/10万' or '‰'. */
  unit: string;
  /** Largest value the form accepts (a typing guard, not policy). */
  max: number;
}

export const REPORTED_FIGURES: Readonly<Record<ReportedFigureKey, ReportedFigureSpec>> = {
  maternal_mortality: { key: 'maternal_mortality', name: '孕产妇死亡率', unit: '/10万', max: 10_000 },
  infant_mortality: { key: 'infant_mortality', name: '婴幼儿死亡率', unit: '‰', max: 1_000 },
};

export const REPORTED_FIGURE_KEYS = Object.keys(REPORTED_FIGURES) as ReportedFigureKey[];

export interface MaternalChildTarget {
  figure: ReportedFigureKey;
  year: number;
  /** The figure must stay below this ('控制在…以下'). */
  below: number;
  source: string;
}

const PLAN = '盈发〔2023〕8号《盈江县优化生育政策促进人口长期均衡发展实施方案》';

export const MATERNAL_CHILD_TARGETS: readonly MaternalChildTarget[] = [
  {
    figure: 'maternal_mortality',
    year: 2025,
    below: 10,
    source: `${PLAN} 一、总体目标：到2025年，……孕产妇死亡率、婴幼儿死亡率分别控制在10/10万、4‰以下。`,
  },
  {
    figure: 'infant_mortality',
    year: 2025,
    below: 4,
    source: `${PLAN} 一、总体目标：到2025年，……孕产妇死亡率、婴幼儿死亡率分别控制在10/10万、4‰以下。`,
  },
];

/** 二(二)2's direction for both figures in every year: each year's no higher than the last. */
export const STEADY_DECLINE = {
  text: '力求孕产妇、婴幼儿死亡率稳中有降',
  source: `${PLAN} 二(二)2：强化生育管理，提高母婴安全服务水平……力求孕产妇、婴幼儿死亡率稳中有降。`,
} as const;

/**
 * The target a figure of `year` is held to: the first target of that year or later (the plan's 2025
 * targets for 2023–2025), else the latest one (no newer plan yet: 2025's still stands).
 */
export function targetFor(figure: ReportedFigureKey, year: number): MaternalChildTarget | undefined {
  const targets = MATERNAL_CHILD_TARGETS.filter((t) => t.figure === figure).sort((a, b) => a.year - b.year);
  return targets.find((t) => t.year >= year) ?? targets.at(-1);
}

/** Staff-only: what is still to be checked about the entered figures (shown on the bureau's entry page, never to parents). */
export const REPORTED_FIGURE_QUESTIONS: Readonly<Partial<Record<ReportedFigureKey, string>>> = {
  infant_mortality:
    '方案写作“婴幼儿死亡率”；妇幼卫生年报分列“婴儿死亡率”和“5岁以下儿童死亡率”。县里以哪一项对照4‰的目标待县卫生健康局确认，录入时请在数据来源中写明所取指标。',
};

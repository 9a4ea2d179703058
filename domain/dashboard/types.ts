// 人口监测 (seed 二(一)5, 三(三), 附件2): what the health bureau's dashboard and the yearly report show.
// Counts only — never a name or an ID number.
import type { BundleStepKey } from '../birth/types';
import type { ClassKind } from '../nursery/types';
import type { TownshipCode } from '../place/townships';
import type { MaternalChildFigures } from './maternalChildFigures';

export interface DashboardQuery {
  /** First and last month of the period, 'YYYY-MM' inclusive. */
  from: string;
  to: string;
  /** One township, or the whole county when absent. */
  township?: TownshipCode;
}

export interface MonthCount {
  month: string; // 'YYYY-MM'
  count: number;
}

export interface TownshipCount {
  township: TownshipCode;
  count: number;
}

export interface BirthFigures {
  total: number;
  byMonth: MonthCount[];
  byTownship: TownshipCount[];
  /** 孩次: 1st, 2nd, 3rd and later; births whose order the system does not know. */
  byOrder: { first: number; second: number; thirdPlus: number; unknown: number };
  /** Sex ratio at birth = boys per 100 girls; null when there are no girls. */
  sex: { boys: number; girls: number; unknown: number; ratio: number | null; normalRange: { low: number; high: number; source: string } };
  /** Ethnic groups by code (people/ethnicities.ts), largest first. */
  byEthnicity: { ethnicity: string; count: number }[];
}

export interface StepTurnaround {
  step: BundleStepKey;
  /** Steps done in the period. */
  done: number;
  /** Days from reaching the department to done. */
  medianDays: number | null;
  p90Days: number | null;
  /** Not done and past their deadline today (hukou one month from birth, insurance 90 days). */
  overdue: number;
  rejections: number;
  /** The most frequent reasons, as written by the clerks, most frequent first (at most 5). */
  topReasons: { reason: string; count: number }[];
}

export interface SubsidyFigures {
  byRule: { ruleId: string; ruleName: string; claims: number; approved: number; rejected: number; paid: number; paidFen: number }[];
  /** Amounts paid by quarter, '2026Q4'. */
  paidByQuarter: { quarter: string; fen: number }[];
}

export interface NurseryFigures {
  /** Residents, slots, 普惠 slots and per-1000 figures for the county or the chosen township. */
  residents: number;
  slots: number;
  puhuiSlots: number;
  slotsPer1000: number;
  puhuiPer1000: number;
  targets: { per1000: number; puhuiPer1000: number; source: string };
  /** 附件2: the yearly slot targets against the county's current totals. */
  yearly: { year: number; slots: number; puhuiSlots: number; source: string }[];
  vacanciesByClass: { kind: ClassKind; capacity: number; enrolled: number; vacancies: number }[];
}

export interface Dashboard {
  query: DashboardQuery;
  births: BirthFigures;
  bundle: StepTurnaround[];
  subsidies: SubsidyFigures;
  nurseries: NurseryFigures;
  /** 妇幼: the indicators from the pregnancy and child records, and the figures the bureau entered. */
  maternalChild: MaternalChildFigures;
  /** From 11-01 until the report is due (seed 三(三): before 12-01): the date it is due. */
  reportDueBy?: string;
  generatedAt: string;
}

/** The whole county, or one department's part of the report. */
export type ReportScope = 'county' | 'health' | 'police' | 'medical_insurance' | 'social_security' | 'subsidy' | 'nursery';

/** One line of the yearly report: a labelled count or amount; a count below 5 shown as '<5'. */
export interface ReportRow {
  section: string; // Chinese section title, e.g. '出生人口'
  label: string; // e.g. '平原镇'
  value: string; // '128', '<5', '1,234,500元', '104.6'
}

export interface YearlyReport {
  year: number;
  scope: ReportScope;
  title: string; // e.g. '盈江县2026年度人口监测报告（全县）'
  generatedAt: string;
  dueBy: string; // 'YYYY-12-01'
  rows: ReportRow[];
  /** How small counts were treated, said once on the report. */
  suppressionNote: string;
}

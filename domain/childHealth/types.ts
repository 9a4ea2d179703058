// What the child health actions send back. Types only: pages import this file, never the WHO tables.
import type { ChildSummary } from '../children/types';
import type { GrowthFlagKind } from '../growth/growthFlagRules';
import type { GrowthMeasure } from '../growth/types';
import type { LengthPosition } from '../growth/growthStandard';
import type { ChildCheckCalendar } from './childCheckCalendar';
import type { DevelopmentResult, FeedingKind } from './labels';
import type { ScreeningKind, ScreeningResult, ScreeningRound } from './newbornScreening';
import type { Citation } from '../maternal/types';

/** The five lines' values at one age: P3, P15, P50, P85, P97. */
export type BandValuesTuple = [number, number, number, number, number];

export interface ChartPoint {
  date: string;
  ageDays: number;
  /** e.g. '6个月3天'. */
  ageText: string;
  value: number;
  position?: LengthPosition;
  percentile: number;
  z: number;
}

export interface GrowthChartView {
  measure: GrowthMeasure;
  title: string;
  unit: string;
  xMaxDays: number;
  xTicks: { day: number; label: string }[];
  yMin: number;
  yMax: number;
  yTicks: number[];
  /** Line values along the age axis, oldest age first. */
  bands: { ageDays: number; values: BandValuesTuple }[];
  points: ChartPoint[];
  /** The lines' values at each x tick, for the text table. */
  bandTable: { ageText: string; values: BandValuesTuple }[];
}

export interface ParentGrowthFlag {
  kind: GrowthFlagKind;
  measure: GrowthMeasure;
  date: string;
  text: string;
  action: string;
}

export interface StaffGrowthFlag extends ParentGrowthFlag {
  label: string;
  basis: string;
}

export interface GrowthView {
  /** Absent when the child's sex is not on record: the standard differs for boys and girls. */
  charts?: GrowthChartView[];
  standard: { name: string; source: string };
  flags: ParentGrowthFlag[];
}

/** What a check records about the child (sealed at rest: health data). */
export interface CheckDetail {
  weightKg?: number;
  lengthCm?: number;
  position?: LengthPosition;
  headCm?: number;
  feeding?: FeedingKind;
  development: DevelopmentResult;
  referral?: string;
}

export interface CheckRecordView extends CheckDetail {
  checkId: string;
  title: string;
  date: string;
  facility: string;
}

export interface ScreeningView {
  kind: ScreeningKind;
  round: ScreeningRound;
  result: ScreeningResult;
  date: string;
  facility: string;
  recheckWhere?: string;
  /** For a result that is not 'pass': what to do, by when, and the rule. */
  followUp?: { title: string; advice: string; by?: string; source: Citation };
}

/** One child's health page, for the parent and (with staff extras) for the health worker. */
export interface ChildHealthView {
  child: ChildSummary;
  calendar: ChildCheckCalendar;
  records: CheckRecordView[];
  /** The latest round of each screening on record. */
  screenings: ScreeningView[];
  growth: GrowthView;
}

export interface StaffChildHealthView extends ChildHealthView {
  staffFlags: StaffGrowthFlag[];
  /** Staff-only notes on the data (to confirm), never shown to parents. */
  notes: string[];
}

export type QueueReason = 'due' | 'overdue' | 'flag' | 'screening';

export interface ChildHealthQueueItem {
  child: ChildSummary;
  reason: QueueReason;
  /** e.g. '6月龄健康检查', '低于第3百分位（P3）：体重', '新生儿听力复筛'. */
  title: string;
  /** The check's window or the flag's / result's date. */
  date: string;
  dueBy?: string;
}

export interface ChildHealthQueue {
  today: string;
  weekEnd: string;
  due: ChildHealthQueueItem[];
  overdue: ChildHealthQueueItem[];
  flagged: ChildHealthQueueItem[];
  screenings: ChildHealthQueueItem[];
}

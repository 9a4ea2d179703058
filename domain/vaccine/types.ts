import type { ChildSummary } from '../children/types';

export type DoseStatus = 'given' | 'overdue' | 'due' | 'upcoming';

export interface GivenDose {
  date: string;
  /** The product actually given, e.g. 'JE-I' when the inactivated alternative was used. */
  product: string;
  batch: string;
  clinic: string;
}

export interface DoseView {
  /** Stable id within the schedule, e.g. 'hepb-2', 'dtap-4'. */
  doseId: string;
  vaccine: string; // Chinese name, e.g. '百白破疫苗'
  product: string; // code, e.g. 'DTaP'
  doseNumber: number;
  /** The minimum age reached: the dose can be given from this date (可接种起始). */
  dueFrom: string;
  /** Complete before this date (最迟完成), where the schedule sets one. */
  completeBy?: string;
  status: DoseStatus;
  given?: GivenDose;
  /** Which edition of the schedule this dose comes from, e.g. '2021' or '2025-01-01 调整'. */
  edition: string;
  /** e.g. '也可接种乙脑灭活疫苗（共4剂）'. */
  note?: string;
}

export interface VaccineCalendar {
  child: ChildSummary;
  doses: DoseView[];
  /** The schedule source shown under the calendar. */
  source: string;
}

export interface RecordDoseInput {
  childId: string;
  doseId: string;
  date: string;
  product: string;
  batch: string;
  clinic: string;
}

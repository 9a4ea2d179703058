import type { ChildSummary } from '../children/types';

/**
 * 'unrecorded': not on record, and the system cannot know whether it was given (it fell due before
 * the system kept this child's record, a later dose of its series is on record, or it is a birth dose
 * while the 预防接种证 has not been issued here). Never shown as overdue: the family is asked to have
 * the 接种证 checked at the clinic.
 */
export type DoseStatus = 'given' | 'overdue' | 'due' | 'upcoming' | 'unrecorded';

/** What the system knows about where a child's record comes from (see calendarFor). */
export interface VaccineHistory {
  /** The first day the system kept this child's record: its creation, or its earliest dose record if older. */
  knownSince: string;
  /** The 预防接种证 was issued through 出生一件事 here (the clinic carried the birth doses over). */
  certificateIssued: boolean;
  /** At least one dose is on record. */
  anyRecorded: boolean;
}

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

/** Weeks and days of pregnancy counted from the first day of the last menstrual period (LMP). */
export interface GestationalAge {
  weeks: number;
  days: number;
}

/** An ultrasound dating: the scan's date and the gestational age the scan measured. */
export interface UltrasoundDating {
  scanDate: string;
  weeks: number;
  days: number;
}

/** 'due_date': the 预产期 her 生育登记 gave, until the hospital dates the pregnancy. */
export type DatingBasis = 'lmp' | 'ultrasound' | 'due_date';

export interface PregnancyDating {
  basis: DatingBasis;
  /** Day 0 of the pregnancy: the LMP, or the LMP the ultrasound implies. */
  startDate: string;
  /** 预产期: startDate + 280 days. */
  dueDate: string;
  /** Both dates when both were given, and how far apart (ultrasound − LMP, in days). */
  lmpDueDate?: string;
  ultrasoundDueDate?: string;
  differenceDays?: number;
  /** Why this basis, in plain Chinese. */
  reason: string;
}

/** Where a citation comes from: a document and its clause, as the source words it. */
export interface Citation {
  document: string;
  clause: string;
  url?: string;
}

/** done, due (in its window), upcoming, overdue (window passed, still worth doing), missed (superseded or no longer possible), not-needed. */
export type CheckStatus = 'done' | 'due' | 'upcoming' | 'overdue' | 'missed' | 'not-needed';

/** A check as recorded by the hospital / 妇幼保健院 / township health centre. */
export interface CheckRecord {
  date: string;
  facility: string;
  /** 孕周 on the day of a prenatal check, e.g. '孕16周+2天'. */
  gestationalAgeText?: string;
  /** What was found, as the hospital wrote it. */
  notes?: string;
}

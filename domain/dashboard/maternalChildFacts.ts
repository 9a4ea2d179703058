// What the bureau's 妇幼 indicators are computed from: one fact per pregnancy and one per child, read by
// the 母婴健康 repositories (cloud/db/repos/pregnancies.ts, cloud/db/repos/childHealth.ts) and
// counted by domain/dashboard/maternalChildIndicators.ts. Dates only — never a name or an ID number.
import type { RiskColour } from '../maternal/riskColours';
import type { TownshipCode } from '../place/townships';

export interface PregnancyFact {
  /** Day 0 of the pregnancy (the LMP, or the one an ultrasound implies). */
  startDate: string;
  /** 建册: the day the hospital / health centre opened her 母子健康手册 file; absent if not yet. */
  bookedOn?: string;
  /** Dates of the prenatal checks recorded (建册 check included), any order. */
  prenatalCheckDates: string[];
  /** The delivery date once recorded; absent while the pregnancy goes on. */
  deliveredOn?: string;
  /** 产后访视 (within a week of discharge) and the 42-day check, when recorded. */
  postpartumVisitOn?: string;
  postpartumCheck42On?: string;
  /** Every colour of her latest 妊娠风险评估 (several at once are possible, e.g. 红 and 紫). */
  latestColours: RiskColour[];
  township?: TownshipCode;
}

export interface ChildHealthFact {
  birthDate: string;
  /** 新生儿家庭访视, when recorded. */
  newbornVisitOn?: string;
  /** Dates of every child health check recorded (the newborn visit excluded), any order. */
  checkDates: string[];
  township?: TownshipCode;
}

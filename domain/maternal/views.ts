// What the 母婴健康 pregnancy actions give back (domain/api/contract.ts `maternal`): the parent's view
// of her pregnancy, the staff's view of it, the staff queue and the 高危孕产妇专案 list.
import type { PregnancyCalendar } from './pregnancyCalendar';
import type { CostKind } from './pregnancyCosts';
import type { RiskColour } from './riskColours';
import type { Citation, DatingBasis } from './types';

export type DeliveryOutcome = 'live_birth' | 'stillbirth' | 'miscarriage';

export const OUTCOME_LABELS: Readonly<Record<DeliveryOutcome, string>> = {
  live_birth: '活产',
  stillbirth: '死胎死产',
  miscarriage: '流产（28周前终止妊娠）',
};

export interface DatingView {
  basis: DatingBasis;
  startDate: string;
  dueDate: string;
  lmp?: string;
  scanDate?: string;
  scanWeeks?: number;
  scanDays?: number;
  /** Why this due date, in plain Chinese. */
  reason: string;
}

/** Her latest 妊娠风险评估, in plain words. */
export interface RiskSummary {
  colours: RiskColour[];
  /** e.g. '黄色（一般风险）'; '红色（高风险）、紫色（孕妇患有传染性疾病）'. */
  title: string;
  assessedOn: string;
  facility: string;
  nextFollowUp?: string;
  forMother: string[];
  whereToDeliver: string;
  specialCase: boolean;
  source: Citation;
}

export interface CostLine {
  id: string;
  service: string;
  cost: CostKind;
  costLabel: string;
  note: string;
  source: Citation;
}

export interface PregnancyView {
  id: string;
  version: number;
  motherName: string;
  registration?: { id: string; number: string };
  dating: DatingView;
  booked?: { date: string; facility: string };
  delivery?: { date: string; outcome: DeliveryOutcome; dischargeDate?: string };
  calendar: PregnancyCalendar;
  risk?: RiskSummary;
  /** What is free and what the 医保 pays, by check id ('prenatal-1' …) → cost line ids. */
  checkCosts: Record<string, string[]>;
  costs: CostLine[];
}

export interface RiskRecordView {
  id: string;
  colours: RiskColour[];
  title: string;
  assessedOn: string;
  facility: string;
  nextFollowUp?: string;
  notes?: string;
}

export interface StaffPregnancyView extends PregnancyView {
  mother: { name: string; birthDate?: string; idNumberMasked?: string };
  township?: string;
  risks: RiskRecordView[];
}

/** What a staff search finds: a mother and her latest pregnancy. */
export interface MotherMatch {
  pregnancyId: string;
  motherName: string;
  birthDate?: string;
  idNumberMasked?: string;
  dueDate: string;
  gestationalAgeText?: string;
  delivered: boolean;
}

export interface MotherSummaryOfMine {
  id: string;
  dueDate: string;
  gestationalAgeText?: string;
  delivered: boolean;
}

/** The parent's start page: her pregnancies, and the 生育登记 she can start one from. */
export interface MyPregnancies {
  pregnancies: MotherSummaryOfMine[];
  registrations: { id: string; number: string; dueDate?: string }[];
}

export interface QueueEntry {
  pregnancyId: string;
  motherName: string;
  gestationalAgeText?: string;
  /** The check or the follow-up. */
  title: string;
  /** The day it is due from, or the follow-up day. */
  date: string;
  /** The last day of the window (checks). */
  dueBy?: string;
  kind: 'check' | 'follow_up';
}

export interface HighRiskCase {
  pregnancyId: string;
  motherName: string;
  colours: RiskColour[];
  title: string;
  assessedOn: string;
  facility: string;
  nextFollowUp?: string;
  followUpOverdue: boolean;
  dueDate: string;
  gestationalAgeText?: string;
  delivered: boolean;
}

export interface MaternalQueue {
  today: string;
  dueThisWeek: QueueEntry[];
  overdue: QueueEntry[];
  highRisk: HighRiskCase[];
}

import type { Sex } from '../registration/types';

/** A child of the family, as every child-centred service (vaccines, due-next, subsidies) sees it. */
export interface ChildSummary {
  id: string;
  name: string;
  sex?: Sex;
  birthDate: string;
  /** Set once the child has a 公民身份号码 (after the 出生一件事 hukou step). */
  idNumberMasked?: string;
}

/** bundle_fix: a 出生一件事 step a department sent back (待补正), dated from the day it was. */
export type DueKind =
  'bundle_fix' | 'hukou' | 'insurance' | 'vaccine' | 'subsidy' | 'nursery_visit' | 'pregnancy_check' | 'child_check' | 'screening';

/** One thing a family should do, with its date and the page that does it. */
export interface DueItem {
  key: string; // stable, e.g. 'vaccine:<childId>:hepb-2'
  kind: DueKind;
  childId?: string;
  childName: string;
  title: string; // e.g. '乙肝疫苗 第2剂'
  /** The date it is due from (vaccines) or due by (deadlines). */
  date: string;
  /** 'by' = a deadline; 'from' = can be done from this date. */
  dateKind: 'by' | 'from';
  overdue: boolean;
  link: string;
}

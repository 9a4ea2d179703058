import type { TownshipCode } from '../place/townships';
import type { PersonInput, Sex } from '../registration/types';

/** The five sub-requests of 出生一件事, one per department. */
export type BundleStepKey = 'birth_certificate' | 'vaccination' | 'hukou' | 'medical_insurance' | 'social_security';

/**
 * waiting: its inputs do not exist yet (an upstream step is not done);
 * pending: with the department, not yet picked up; accepted: a clerk is working it;
 * done / rejected (the parent fixes and resubmits that step alone); excluded: the family left it out.
 */
export type StepStatus = 'waiting' | 'pending' | 'accepted' | 'done' | 'rejected' | 'excluded';

/** Answers asked before the form; anyone who does not qualify is sent to the offline guide. */
export interface EligibilityInput {
  /** A hospital id from the county's 助产机构 list, or 'elsewhere' (at home, on the way, outside the list). */
  hospitalId: string;
  /** Whether this is the first issue of the 出生医学证明 (not a re-issue or replacement). */
  firstIssue: boolean;
  birthDate: string;
  /** Whether at least one parent's 户口 is in 盈江. */
  localHukouParent: boolean;
}

export type IneligibleReason = 'not_in_institution' | 'not_first_issue' | 'over_one_year' | 'no_local_hukou' | 'not_born_yet';

export interface OfflineGuide {
  reason: IneligibleReason;
  /** Why, in one Chinese sentence. */
  why: string;
  /** Where to go instead. */
  where: string;
  /** What to bring. */
  bring: string[];
}

/** A 出生一件事 the family already has for a child born on the date asked about. */
export interface ExistingBirthCase {
  id: string;
  number: string;
  childName: string;
  childBirthDate: string;
  status: 'in_progress' | 'needs_fix' | 'completed';
  /** '办理中' / '待补正' / '已办结'. */
  statusText: string;
  link: string;
}

/**
 * `existing`: the family's cases for a child born that day, said before the form (one case per
 * child; twins each have their own).
 */
export type EligibilityResult = ({ eligible: true } | { eligible: false; guides: OfflineGuide[] }) & { existing?: ExistingBirthCase[] };

export interface ChildInput {
  name: string;
  sex: Sex;
  birthDate: string;
  /** 'HH:mm', Beijing time. */
  birthTime: string;
  weightGrams: number;
  lengthCm: number;
  hospitalId: string;
  /** A parent's 民族 (a child takes the father's or the mother's). */
  ethnicity: string;
}

export interface HouseholdInput {
  /** Whose 户口 the child joins. */
  joins: 'applicant' | 'otherParent';
  headName: string;
  /** The 户主's relation to the child, e.g. 'father', 'mother', 'grandfather'. */
  headRelation: 'father' | 'mother' | 'grandfather' | 'grandmother' | 'other';
  hukouTownship: TownshipCode | 'outside';
  address: string;
}

export interface InsuranceInput {
  /** 城乡居民基本医疗保险 is the newborn's scheme. */
  scheme: 'urban_rural_resident';
  /** Who pays the premium. */
  payer: 'applicant' | 'otherParent';
}

export interface CardInput {
  delivery: 'post' | 'pickup';
  /** With 'post'. */
  postAddress?: string;
  /** With 'pickup': the township's 便民服务中心 window. */
  pickupTownship?: TownshipCode;
}

export interface AttachmentRef {
  kind: 'hukou_book';
  fileId: string;
}

export interface BirthApplicationInput {
  /** The 生育登记 this builds on, when there is one (prefills the parents). */
  registrationId?: string;
  applicant: PersonInput;
  otherParent: PersonInput;
  child: ChildInput;
  household: HouseholdInput;
  insurance: InsuranceInput;
  card: CardInput;
  /** Services included; all five by default. Leaving one out also leaves out what depends on it. */
  services: BundleStepKey[];
  /** Only what the system cannot know: a 户口簿 page when the household is outside 盈江. */
  attachments: AttachmentRef[];
}

/**
 * The birth doses the 助产机构 gave (乙肝疫苗第1剂, 卡介苗), as on its record: entered by the hospital
 * with the 出生医学证明, or carried over by the clinic when it issues the 预防接种证. Each dose is its
 * date and batch together, or absent.
 */
export interface BirthDosesGiven {
  hepB1Date?: string;
  hepB1Batch?: string;
  bcgDate?: string;
  bcgBatch?: string;
}

/** What each department returns when it completes its step. */
export interface StepResults {
  birth_certificate: { certificateNumber: string } & BirthDosesGiven;
  vaccination: { certificateNumber: string; clinicName: string } & BirthDosesGiven;
  hukou: { childIdNumber: string; registeredOn: string; policeStation: string };
  medical_insurance: { insuranceNumber: string; paidOn: string };
  social_security: { cardNumber: string; trackingNumber?: string; pickupPlace?: string };
}

export type StepResult = StepResults[BundleStepKey];

/** What the system already holds for a new application: each part may be partly known. */
export interface BirthPrefill {
  registrationId?: string;
  applicant?: Partial<PersonInput>;
  otherParent?: Partial<PersonInput>;
  child?: Partial<ChildInput>;
}

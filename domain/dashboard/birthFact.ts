// One birth as the dashboard counts it: no name, no ID number, only what the figures need. Each birth
// is counted once: a 出生一件事 case when the family applied (it knows the sex), else a 生育登记 made
// after the birth (补登, stage 'born').
//
// Township of a birth (where the figures place it):
//   - from 生育登记: the township the family lives in (the form's 现居住乡镇);
//   - from 出生一件事: the township of the household the child's 户口 joins; when that household is
//     outside 盈江, the linked 生育登记's township, else the first parent with a 盈江 hukou (the bundle
//     is only open to families with one). 'outside' only when none of these is in 盈江.
// Ethnicity: the child's, as the 出生一件事 form gives it; a 生育登记 does not ask it, but a child
// takes a parent's 民族, so when both spouses share one it is the child's too — otherwise unknown.
// 孩次: the 生育登记's (the case's linked registration's) 孩次; unknown for a case without one.
import type { BirthApplicationInput } from '../birth/types';
import type { TownshipCode } from '../place/townships';
import type { RegistrationStage, Sex } from '../registration/types';
import { monthOf } from './period';

export type BirthFactSource = 'registration' | 'birth_case';

export interface BirthFact {
  source: BirthFactSource;
  sourceId: string;
  birthDate: string;
  month: string;
  township: TownshipCode | 'outside';
  sex: Sex | null;
  birthOrder: number | null;
  ethnicity: string | null;
}

export interface RegistrationBirth {
  id: string;
  status: 'registered' | 'cancelled';
  stage: RegistrationStage;
  birthDate: string | null;
  township: TownshipCode;
  childOrder: number;
  applicantEthnicity: string;
  spouseEthnicity: string;
}

/** The birth a 生育登记 records, or null when it records none (a pregnancy, or it was cancelled). */
export function registrationBirthFact(r: RegistrationBirth): BirthFact | null {
  if (r.status !== 'registered' || r.stage !== 'born' || !r.birthDate) return null;
  return {
    source: 'registration',
    sourceId: r.id,
    birthDate: r.birthDate,
    month: monthOf(r.birthDate),
    township: r.township,
    sex: null,
    birthOrder: r.childOrder,
    ethnicity: r.applicantEthnicity === r.spouseEthnicity ? r.applicantEthnicity : null,
  };
}

/** What a 出生一件事 case's birth fact needs besides its input: the linked 生育登记, if any. */
export interface LinkedRegistration {
  township: TownshipCode;
  childOrder: number;
}

export function caseTownship(input: BirthApplicationInput, linked: LinkedRegistration | undefined): TownshipCode | 'outside' {
  if (input.household.hukouTownship !== 'outside') return input.household.hukouTownship;
  if (linked) return linked.township;
  if (input.applicant.hukouTownship !== 'outside') return input.applicant.hukouTownship;
  return input.otherParent.hukouTownship;
}

export function caseBirthFact(caseId: string, input: BirthApplicationInput, linked: LinkedRegistration | undefined): BirthFact {
  return {
    source: 'birth_case',
    sourceId: caseId,
    birthDate: input.child.birthDate,
    month: monthOf(input.child.birthDate),
    township: caseTownship(input, linked),
    sex: input.child.sex,
    birthOrder: linked ? linked.childOrder : null,
    ethnicity: input.child.ethnicity,
  };
}

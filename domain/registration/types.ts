import type { TownshipCode } from '../place/townships';

export type Sex = 'M' | 'F';

/** How an existing child relates to this couple; only `this-marriage` children who are alive count for 孩次. */
export type ChildRelation = 'this-marriage' | 'previous-marriage' | 'adopted';

export interface PersonInput {
  name: string;
  idNumber: string;
  /** One of the 56 groups, by its code in `people/ethnicities.ts` (e.g. 'dai'). */
  ethnicity: string;
  phone: string;
  /** Township of the 户口, or 'outside' for a household registered outside 盈江. */
  hukouTownship: TownshipCode | 'outside';
  hukouAddress: string;
}

export interface ExistingChild {
  name: string;
  birthDate: string; // YYYY-MM-DD
  sex: Sex;
  relation: ChildRelation;
  deceased: boolean;
}

export type RegistrationStage = 'pregnant' | 'born';

export interface RegistrationInput {
  applicant: PersonInput;
  spouse: PersonInput;
  marriageDate: string;
  existingChildren: ExistingChild[];
  stage: RegistrationStage;
  /** Set when stage is 'pregnant'. */
  dueDate?: string;
  /** Set when stage is 'born' (补登). */
  birthDate?: string;
  /** Where the family lives now: one of the 15 乡镇 or the 农场社区. */
  township: TownshipCode;
}

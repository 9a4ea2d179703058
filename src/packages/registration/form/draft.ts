import type { Me } from '@domain/api/contract';
import type { PersonInput, RegistrationInput } from '@domain/registration/types';

export interface RegistrationDraft {
  userId: string;
  input: RegistrationInput;
  step: number;
  /** Reused by every retry of this draft's submission. */
  idempotencyKey: string;
}

function emptyPerson(): PersonInput {
  return { name: '', idNumber: '', ethnicity: '', phone: '', hukouTownship: '' as PersonInput['hukouTownship'], hukouAddress: '' };
}

/** A blank form with the applicant's verified name and ID number (and the phone WeChat confirmed, editable) already in it. */
export function emptyRegistration(me: Me | null): RegistrationInput {
  return {
    applicant: { ...emptyPerson(), name: me?.name ?? '', idNumber: me?.idNumber ?? '', phone: me?.phone ?? '' },
    spouse: emptyPerson(),
    marriageDate: '',
    existingChildren: [],
    stage: 'pregnant',
    dueDate: '',
    birthDate: '',
    township: '' as RegistrationInput['township'],
  };
}

/** What is sent: only the date that belongs to the chosen stage. */
export function toSubmission(input: RegistrationInput): RegistrationInput {
  const { dueDate, birthDate, ...rest } = input;
  return input.stage === 'pregnant' ? { ...rest, dueDate } : { ...rest, birthDate };
}

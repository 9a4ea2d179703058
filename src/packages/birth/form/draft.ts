import type { Me } from '@domain/api/contract';
import type { BirthApplicationInput, BirthPrefill, BundleStepKey } from '@domain/birth/types';
import { BUNDLE_STEP_KEYS } from '@domain/birth/bundleGraph';
import type { PersonInput } from '@domain/registration/types';

export interface BirthDraft {
  userId: string;
  input: BirthApplicationInput;
  step: number;
  idempotencyKey: string;
}

function emptyPerson(): PersonInput {
  return { name: '', idNumber: '', ethnicity: '', phone: '', hukouTownship: '' as PersonInput['hukouTownship'], hukouAddress: '' };
}

/** A new application from what the system already knows (identity, 生育登记) and the eligibility answers. */
export function newBirthApplication(
  me: Me | null,
  known: BirthPrefill,
  answers: { birthDate?: string; hospitalId?: string },
): BirthApplicationInput {
  // The phone WeChat confirmed (Me.phone) unless the 生育登记 gave one; editable like the rest.
  const applicant = {
    ...emptyPerson(),
    name: me?.name ?? '',
    idNumber: me?.idNumber ?? '',
    ...(me?.phone ? { phone: me.phone } : {}),
    ...known.applicant,
  };
  const otherParent = { ...emptyPerson(), ...known.otherParent };
  const local = applicant.hukouTownship && applicant.hukouTownship !== 'outside' ? applicant.hukouTownship : undefined;
  return {
    registrationId: known.registrationId,
    applicant,
    otherParent,
    child: {
      name: '',
      sex: '' as BirthApplicationInput['child']['sex'],
      birthDate: answers.birthDate || known.child?.birthDate || '',
      birthTime: '',
      weightGrams: 0,
      lengthCm: 0,
      hospitalId: answers.hospitalId || known.child?.hospitalId || '',
      ethnicity: '',
    },
    household: {
      joins: 'applicant',
      headName: applicant.name,
      headRelation: me?.sex === 'M' ? 'father' : 'mother',
      hukouTownship: applicant.hukouTownship,
      address: applicant.hukouAddress,
    },
    insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
    card: local ? { delivery: 'pickup', pickupTownship: local } : { delivery: 'post', postAddress: '' },
    services: [...BUNDLE_STEP_KEYS],
    attachments: [],
  };
}

/** The eligibility answers win over an older draft's (the parent just gave them again). */
export function withAnswers(input: BirthApplicationInput, answers: { birthDate?: string; hospitalId?: string }): BirthApplicationInput {
  return {
    ...input,
    child: {
      ...input.child,
      birthDate: answers.birthDate || input.child.birthDate,
      hospitalId: answers.hospitalId || input.child.hospitalId,
    },
  };
}

/** Whether the 户口簿 page must be uploaded: the child joins a household outside 盈江. */
export function needsHukouBook(input: BirthApplicationInput): boolean {
  return input.household.hukouTownship === 'outside' && input.services.includes('hukou');
}

/** What is sent: only the fields that belong to the choices made. */
export function toSubmission(input: BirthApplicationInput): BirthApplicationInput {
  const { postAddress, pickupTownship, delivery } = input.card;
  const card = delivery === 'post' ? { delivery, postAddress: postAddress ?? '' } : { delivery, pickupTownship };
  const submission: BirthApplicationInput = {
    ...input,
    card,
    attachments: needsHukouBook(input) ? input.attachments : [],
  };
  if (!submission.registrationId) delete submission.registrationId;
  return submission;
}

export const FIX_STEP_OF: Record<BundleStepKey, number> = {
  birth_certificate: 0,
  vaccination: 0,
  hukou: 2,
  medical_insurance: 3,
  social_security: 3,
};

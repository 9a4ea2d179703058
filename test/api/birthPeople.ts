// Fresh families for 出生一件事 tests, a valid application, and valid results for each department.
import type { DemoAccount } from '../../domain/api/contract';
import { roleForStep } from '../../domain/birth/bundleGraph';
import type { BirthApplicationInput, BundleStepKey, StepResults } from '../../domain/birth/types';
import type { BirthCaseView } from '../../domain/birth/views';
import { addDays } from '../../domain/dates';
import { sampleIdNumber } from '../fixtures/people';
import type { Harness } from './harness';
import { TODAY } from './harness';
import { father, mother, newKey, verifiedUser, type Person } from './people';

export const CHILD_BIRTH_DATE = addDays(TODAY, -10);

export function birthInput(applicant: Person, otherParent: Person, overrides: Partial<BirthApplicationInput> = {}): BirthApplicationInput {
  return {
    applicant: { ...applicant, ethnicity: 'dai', phone: '13800138111', hukouTownship: 'nongzhang', hukouAddress: '弄璋镇测试村1号' },
    otherParent: { ...otherParent, ethnicity: 'jingpo', phone: '13800138222', hukouTownship: 'nongzhang', hukouAddress: '弄璋镇测试村1号' },
    child: {
      name: '测试宝宝',
      sex: 'M',
      birthDate: CHILD_BIRTH_DATE,
      birthTime: '08:05',
      weightGrams: 3250,
      lengthCm: 50,
      hospitalId: 'yj-people',
      ethnicity: 'jingpo',
    },
    household: {
      joins: 'otherParent',
      headName: otherParent.name,
      headRelation: 'father',
      hukouTownship: 'nongzhang',
      address: '弄璋镇测试村1号',
    },
    insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
    card: { delivery: 'post', postAddress: '弄璋镇测试村1号' },
    services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
    attachments: [],
    ...overrides,
  };
}

export interface Family {
  token: string;
  applicant: Person;
  otherParent: Person;
  input: BirthApplicationInput;
  view: BirthCaseView;
}

/** A verified mother who has submitted a case for a boy born ten days ago. */
export async function submittedCase(h: Harness, overrides: Partial<BirthApplicationInput> = {}): Promise<Family> {
  const applicant = mother();
  const otherParent = father();
  const { token } = await verifiedUser(h, applicant);
  const input = birthInput(applicant, otherParent, overrides);
  const view = await h.ok(token, 'birth', 'submit', input, newKey());
  return { token, applicant, otherParent, input, view };
}

let childSeq = 0;
/** A child ID number that fits the birth date and sex and is used nowhere else. */
export function childIdNumber(birthDate = CHILD_BIRTH_DATE, sex: 'M' | 'F' = 'M'): string {
  childSeq += 1;
  const base = 300 + 2 * childSeq;
  return sampleIdNumber(birthDate, sex === 'M' ? base + 1 : base);
}

let certSeq = 0;
export function results(childId = childIdNumber()): { [K in BundleStepKey]: StepResults[K] } {
  certSeq += 1;
  return {
    birth_certificate: { certificateNumber: `Q53${String(7000000 + certSeq)}` },
    vaccination: { certificateNumber: `YJ-${String(500 + certSeq)}-01`, clinicName: '盈江县人民医院预防接种门诊' },
    hukou: { childIdNumber: childId, registeredOn: TODAY, policeStation: '盈江县公安局弄璋派出所' },
    medical_insurance: { insuranceNumber: `YB5331230${String(10000 + certSeq)}`, paidOn: TODAY },
    social_security: { cardNumber: `S${String(53000000 + certSeq)}`, trackingNumber: `SF${String(1000000000 + certSeq)}` },
  };
}

export type Clerks = Record<BundleStepKey, string>;

/** The demo clerk of every department. */
export async function clerks(h: Harness): Promise<Clerks> {
  const out = {} as Clerks;
  for (const step of ['birth_certificate', 'vaccination', 'hukou', 'medical_insurance', 'social_security'] as BundleStepKey[]) {
    out[step] = (await h.login(roleForStep(step) as DemoAccount)).token;
  }
  return out;
}

/** Accept then complete one step as its department. */
export async function work(h: Harness, c: Clerks, caseId: string, step: BundleStepKey, result: StepResults[BundleStepKey]) {
  await h.ok(c[step], 'birth', 'acceptStep', { caseId, step });
  return h.ok(c[step], 'birth', 'completeStep', { caseId, step, result });
}

/**
 * The other parent verifies and answers 这是我 to the case naming them: from then on they are in the
 * family (being named alone brings no one in — birth/otherParentConsent.ts).
 */
export async function joinedOtherParent(
  h: Harness,
  fam: { otherParent: Person; view: { id: string } },
): Promise<{ token: string; person: Person }> {
  const other = await verifiedUser(h, fam.otherParent);
  await h.ok(other.token, 'birth', 'answerOtherParent', { id: fam.view.id, answer: 'confirm' });
  return other;
}

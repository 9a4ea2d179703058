// Fresh, valid, made-up people for each test, so tests sharing a database never collide.
import type { RegistrationInput } from '../../domain/registration/types';
import { sampleIdNumber } from '../fixtures/people';
import { addDays } from '../../domain/dates';
import type { Harness } from './harness';
import { TODAY } from './harness';

let counter = 0;

/** A unique ID number; `sex` picks the parity of the sequence digit. */
export function uniqueIdNumber(sex: 'F' | 'M', birthYear = 1994): string {
  counter += 1;
  const birth = addDays(`${birthYear}-01-01`, counter);
  return sampleIdNumber(birth, sex === 'F' ? 200 + 2 * (counter % 40) : 201 + 2 * (counter % 40));
}

export interface Person {
  name: string;
  idNumber: string;
}

export function mother(name = '测试母亲'): Person {
  return { name, idNumber: uniqueIdNumber('F') };
}

export function father(name = '测试父亲'): Person {
  return { name, idNumber: uniqueIdNumber('M', 1992) };
}

export function registrationInput(applicant: Person, spouse: Person, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    applicant: { ...applicant, ethnicity: 'dai', phone: '13800138111', hukouTownship: 'nongzhang', hukouAddress: '弄璋镇测试村1号' },
    spouse: { ...spouse, ethnicity: 'jingpo', phone: '13800138222', hukouTownship: 'outside', hukouAddress: '云南省芒市测试路2号' },
    marriageDate: '2020-05-20',
    existingChildren: [{ name: '测试长子', birthDate: '2022-02-02', sex: 'M', relation: 'this-marriage', deceased: false }],
    stage: 'pregnant',
    dueDate: addDays(TODAY, 100),
    township: 'nongzhang',
    ...overrides,
  };
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `test-key-${Date.now().toString(36)}-${keyCounter}`;
}

/** A new user who has passed the (dev) real-name check. */
export async function verifiedUser(h: Harness, person: Person = mother()): Promise<{ token: string; person: Person }> {
  const { token } = await h.login();
  await h.ok(token, 'account', 'verifyIdentity', { name: person.name, idNumber: person.idNumber });
  return { token, person };
}

/** A verified applicant with one submitted registration. */
export async function submitted(h: Harness, overrides: Partial<RegistrationInput> = {}) {
  const applicant = mother();
  const spouse = father();
  const { token } = await verifiedUser(h, applicant);
  const input = registrationInput(applicant, spouse, overrides);
  const view = await h.ok(token, 'registration', 'submit', input, newKey());
  return { token, applicant, spouse, input, view };
}

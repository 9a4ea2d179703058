// Fresh families for the subsidy tests, made through the real APIs: a second child born late in 2025
// whose 出生一件事 is completed (the system holds every paper), and a family whose second child is
// known only from their 生育登记 (the parent types the papers).
import type { ExistingChild } from '../../domain/registration/types';
import type { ChildPapersInput, PayoutAccountInput, SubsidyApplicationView } from '../../domain/subsidy/types';
import { sampleIdNumber } from '../fixtures/people';
import type { Harness } from './harness';
import { TODAY } from './harness';
import { birthInput, childIdNumber, clerks, results, work, type Clerks } from './birthPeople';
import { father, mother, newKey, registrationInput, verifiedUser, type Person } from './people';

/** A 2nd child the county rules (births 2023–2025) and the national 育儿补贴 both cover, under one year old today. */
export const SECOND_CHILD_BIRTH_DATE = '2025-12-10';

export const HUKOU_REGISTERED_ON = '2025-12-20';

export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF 户口簿样例页 '.repeat(20))]);

export const BANK_CARD = {
  kind: 'bank_card',
  holder: 'applicant',
  bankName: '中国农业银行',
  accountNumber: '6228480012345678901',
} as const;

export interface SubsidyFamily {
  token: string;
  mother: Person;
  father: Person;
  caseId: string;
  childId: string;
  childIdNumber: string;
}

const clerkTokens = new WeakMap<Harness, Clerks>();

/** Mother (the caller) and father, a 2025 registration after the birth, the 出生一件事 with every step done. */
/** An elder daughter of this marriage, born 2024: the national 育儿补贴 and the insurance subsidy pay for 2026; her papers are typed. */
export const ELDER_DAUGHTER: ExistingChild = {
  name: '测试长女',
  birthDate: '2024-06-01',
  sex: 'F',
  relation: 'this-marriage',
  deceased: false,
};

export async function bundleFamily(
  h: Harness,
  options: { childName?: string; existingChildren?: ExistingChild[] } = {},
): Promise<SubsidyFamily> {
  const c = clerkTokens.get(h) ?? (await clerks(h));
  clerkTokens.set(h, c);
  const m = mother();
  const f = father();
  const { token } = await verifiedUser(h, m);
  const registration = await h.ok(
    token,
    'registration',
    'submit',
    registrationInput(m, f, {
      stage: 'born',
      birthDate: SECOND_CHILD_BIRTH_DATE,
      dueDate: undefined,
      ...(options.existingChildren ? { existingChildren: options.existingChildren } : {}),
    }),
    newKey(),
  );
  const base = birthInput(m, f);
  const input = {
    ...base,
    registrationId: registration.id,
    child: { ...base.child, name: options.childName ?? '测试二宝', birthDate: SECOND_CHILD_BIRTH_DATE },
  };
  const view = await h.ok(token, 'birth', 'submit', input, newKey());
  const idNumber = childIdNumber(SECOND_CHILD_BIRTH_DATE, 'M');
  const r = results(idNumber);
  // Registered in 盈江 ten days after the birth: the hukou spell starts then.
  r.hukou = { ...r.hukou, registeredOn: HUKOU_REGISTERED_ON };
  for (const step of ['birth_certificate', 'vaccination', 'hukou', 'medical_insurance', 'social_security'] as const)
    await work(h, c, view.id, step, r[step]);
  const overview = await h.ok(token, 'subsidy', 'overview');
  const child = overview.find((o) => o.child.name === input.child.name)!;
  return { token, mother: m, father: f, caseId: view.id, childId: child.child.id, childIdNumber: idNumber };
}

export interface PapersFamily {
  token: string;
  mother: Person;
  childId: string;
  child: { name: string; birthDate: string; sex: 'F' };
}

let papersSeq = 0;

/** A family whose 2nd child (born 2024) is known only from their 生育登记: no ID number, no hukou in the system. */
export async function papersFamily(h: Harness, options: { birthDate?: string } = {}): Promise<PapersFamily> {
  papersSeq += 1;
  const m = mother();
  const { token } = await verifiedUser(h, m);
  const child = {
    name: `测试次女${'甲乙丙丁戊己庚辛壬癸'[papersSeq % 10]}`,
    birthDate: options.birthDate ?? `2024-03-${String(10 + papersSeq).padStart(2, '0')}`,
    sex: 'F' as const,
  };
  await h.ok(
    token,
    'registration',
    'submit',
    registrationInput(m, father(), {
      existingChildren: [
        { name: '测试长子', birthDate: '2022-02-02', sex: 'M', relation: 'this-marriage', deceased: false },
        { ...child, relation: 'this-marriage', deceased: false },
      ],
    }),
    newKey(),
  );
  const overview = await h.ok(token, 'subsidy', 'overview');
  return { token, mother: m, childId: overview.find((o) => o.child.name === child.name)!.child.id, child };
}

let paperIdSeq = 0;
/** An ID number that fits the papers family's child (female, its birth date) and is used nowhere else. */
export function papersIdNumber(birthDate: string): string {
  paperIdSeq += 1;
  return sampleIdNumber(birthDate, 500 + 2 * paperIdSeq);
}

export async function uploadHukouBook(h: Harness, token: string): Promise<string> {
  const res = (await h.upload(token, { bytes: JPEG, kind: 'hukou_book' })).json();
  if (!res.ok) throw new Error(`upload failed: ${JSON.stringify(res.error)}`);
  return res.data.fileId as string;
}

/** Valid papers; the overrides may break them on purpose. */
export async function papersFor(
  h: Harness,
  fam: Pick<PapersFamily, 'token' | 'child'>,
  overrides: Record<string, unknown> = {},
): Promise<ChildPapersInput> {
  return {
    idNumber: papersIdNumber(fam.child.birthDate),
    birthCertificateNumber: 'Q530024680',
    hukouTownship: 'nongzhang',
    hukouBookFileId: await uploadHukouBook(h, fam.token),
    ...(overrides as object),
  };
}

export async function applied(
  h: Harness,
  fam: { token: string; childId: string },
  account: PayoutAccountInput = BANK_CARD,
): Promise<SubsidyApplicationView> {
  return h.ok(fam.token, 'subsidy', 'apply', { childId: fam.childId, account }, newKey());
}

export { TODAY };

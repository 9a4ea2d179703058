// A parent as every form takes one (生育登记's applicant and spouse, 出生一件事's two parents): the same
// six fields, checks and labels, each label being the person's role in that form followed by the
// field ('申请人公民身份号码', '配偶手机号码', '另一方父母民族').
import * as v from 'valibot';
import { TOWNSHIP_CODES, type TownshipCode } from '../place/townships';
import type { PersonInput } from '../registration/types';
import { idNumberField, mobilePhone, oneOf, personName, requiredText, strictFields } from '../validation';
import { ETHNICITY_CODES } from './ethnicities';

export const HUKOU_ADDRESS_MAX_LENGTH = 100;

/** Where a 户口 may be: one of 盈江's townships, or 'outside' the county. */
export const HUKOU_TOWNSHIPS: readonly (TownshipCode | 'outside')[] = [...TOWNSHIP_CODES, 'outside'];

export type PersonField = keyof PersonInput;

const PERSON_FIELD_LABELS: Readonly<Record<PersonField, string>> = {
  name: '姓名',
  idNumber: '公民身份号码',
  ethnicity: '民族',
  phone: '手机号码',
  hukouTownship: '户籍乡镇',
  hukouAddress: '户籍地址',
};

/** A person field's label under a role, e.g. ('配偶', 'phone') → '配偶手机号码'. */
export function personFieldLabelFor(roleLabel: string, field: PersonField): string {
  return `${roleLabel}${PERSON_FIELD_LABELS[field]}`;
}

/** Path → label for one person's fields: `${path}.${field}` → their labels under `roleLabel`. */
export function personFieldLabels(path: string, roleLabel: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const field of Object.keys(PERSON_FIELD_LABELS) as PersonField[]) {
    labels[`${path}.${field}`] = personFieldLabelFor(roleLabel, field);
  }
  return labels;
}

/** One person's input, every message naming the field by `labelOf` (e.g. '申请人公民身份号码'). */
export function personSchema(sectionLabel: string, labelOf: (field: PersonField) => string, today: string) {
  return strictFields(sectionLabel, {
    name: personName(labelOf('name')),
    idNumber: idNumberField(labelOf('idNumber'), today),
    ethnicity: oneOf(labelOf('ethnicity'), ETHNICITY_CODES),
    phone: mobilePhone(labelOf('phone')),
    hukouTownship: oneOf(labelOf('hukouTownship'), HUKOU_TOWNSHIPS),
    hukouAddress: requiredText(labelOf('hukouAddress'), HUKOU_ADDRESS_MAX_LENGTH),
  });
}

/**
 * The second person a form names (the spouse, the other parent) is not the applicant: their ID numbers
 * differ. The message stands at the other person's ID number; it is checked even while other fields
 * are still wrong.
 */
export function otherThanApplicant<T extends { applicant: PersonInput }>(
  other: Exclude<keyof T, 'applicant'> & string,
  message: string,
): v.BaseValidation<T, T, v.BaseIssue<unknown>> {
  // valibot cannot type a path built from a type parameter; the signature carries the check's types.
  const paths = [
    ['applicant', 'idNumber'],
    [other, 'idNumber'],
  ] as const;
  const differ = (x: Record<string, PersonInput>) => x.applicant!.idNumber !== x[other]!.idNumber;
  return v.forward(v.partialCheck(paths as never, differ as never, message), [other, 'idNumber'] as never) as never;
}

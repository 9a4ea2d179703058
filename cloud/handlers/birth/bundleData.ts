// What each department sees of a case: only what it needs to do its step (docs/decisions.md §7).
//
//   助产机构 (出生医学证明)  child: name, sex, birth date and time, weight, length, hospital;
//                          mother and father: name, full ID number (printed on the certificate), 民族
//   预防接种单位 (接种证)     child: name, sex, birth date, hospital; parents: names and phones
//   派出所 (户口登记)        child: name, sex, birth date and time, 民族, birthplace; the 出生医学证明
//                          number; the household (whose 户口, 户主, relation, township, address);
//                          parents: names and full ID numbers; the 户口簿 photo when there is one
//   医保局 (医保参保)        child: name and ID number (from the police); scheme; payer's name and phone
//   人社局 (社保卡)          child: name and ID number; delivery: post address with the recipient's
//                          name and phone (the courier needs them), or the pickup township
// Never the insurance choice for the police, never the household for the hospital, and so on.
import {
  CARD_LABELS,
  CHILD_LABELS,
  HOUSEHOLD_LABELS,
  HUKOU_BOOK_LABEL,
  INSURANCE_LABELS,
  RESULT_LABELS,
} from '../../../domain/birth/fieldLabels';
import { hospitalName } from '../../../domain/birth/hospitals';
import type { BirthApplicationInput, BundleStepKey, HouseholdInput, StepResults } from '../../../domain/birth/types';
import type { Shown } from '../../../domain/birth/views';
import { checkIdNumber } from '../../../domain/identity/idNumber';
import { ethnicityName } from '../../../domain/people/ethnicities';
import { personFieldLabelFor, type PersonField } from '../../../domain/people/personSchema';
import { townshipName, type TownshipCode } from '../../../domain/place/townships';
import type { PersonInput } from '../../../domain/registration/types';

const SEX_TEXT = { M: '男', F: '女' } as const;
const RELATION_TEXT: Readonly<Record<HouseholdInput['headRelation'], string>> = {
  father: '父亲',
  mother: '母亲',
  grandfather: '祖父/外祖父',
  grandmother: '祖母/外祖母',
  other: '其他',
};
const SCHEME_TEXT = { urban_rural_resident: '城乡居民基本医疗保险' } as const;

function hukouPlace(code: TownshipCode | 'outside'): string {
  return code === 'outside' ? '盈江县外' : townshipName(code);
}

function ethnicity(code: string): string {
  return ethnicityName(code) ?? code;
}

/** '母亲' or '父亲' by the sex digit of the ID number. */
function parentWord(p: PersonInput): '母亲' | '父亲' {
  const check = checkIdNumber(p.idNumber);
  return check.ok && check.sex === 'M' ? '父亲' : '母亲';
}

/** Mother first, then father, each with their fields' labels ('母亲姓名') and input paths ('applicant.name'). */
function parents(
  input: BirthApplicationInput,
): { word: string; person: PersonInput; label: (field: PersonField) => string; path: (field: PersonField) => string }[] {
  const list = (['applicant', 'otherParent'] as const).map((role) => {
    const person = input[role];
    const word = parentWord(person);
    return {
      word,
      person,
      label: (field: PersonField) => personFieldLabelFor(word, field),
      path: (field: PersonField) => `${role}.${field}`,
    };
  });
  return list.sort((a, b) => (a.word === b.word ? 0 : a.word === '母亲' ? -1 : 1));
}

/** A row; `field` is the application input it shows, which a clerk may name when returning the step. */
function s(label: string, value: string | number, field?: string): Shown {
  return field ? { label, value: String(value), field } : { label, value: String(value) };
}

export function fileLink(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}`;
}

export function departmentData(
  step: BundleStepKey,
  input: BirthApplicationInput,
  results: Partial<StepResults>,
  fileIds: readonly string[],
): Shown[] {
  const c = input.child;
  const hospital = hospitalName(c.hospitalId) ?? c.hospitalId;
  const childId = results.hukou?.childIdNumber;
  switch (step) {
    case 'birth_certificate':
      return [
        s(CHILD_LABELS.name, c.name, 'child.name'),
        s(CHILD_LABELS.sex, SEX_TEXT[c.sex], 'child.sex'),
        s(CHILD_LABELS.birthDate, c.birthDate, 'child.birthDate'),
        s(CHILD_LABELS.birthTime, c.birthTime, 'child.birthTime'),
        s(CHILD_LABELS.weightGrams, c.weightGrams, 'child.weightGrams'),
        s(CHILD_LABELS.lengthCm, c.lengthCm, 'child.lengthCm'),
        s(CHILD_LABELS.hospitalId, hospital, 'child.hospitalId'),
        ...parents(input).flatMap(({ person, label, path }) => [
          s(label('name'), person.name, path('name')),
          s(label('idNumber'), person.idNumber, path('idNumber')),
          s(label('ethnicity'), ethnicity(person.ethnicity), path('ethnicity')),
        ]),
      ];
    case 'vaccination':
      return [
        s(CHILD_LABELS.name, c.name, 'child.name'),
        s(CHILD_LABELS.sex, SEX_TEXT[c.sex], 'child.sex'),
        s(CHILD_LABELS.birthDate, c.birthDate, 'child.birthDate'),
        s(CHILD_LABELS.hospitalId, hospital, 'child.hospitalId'),
        ...parents(input).flatMap(({ person, label, path }) => [
          s(label('name'), person.name, path('name')),
          s(label('phone'), person.phone, path('phone')),
        ]),
      ];
    case 'hukou': {
      const h = input.household;
      const joins = h.joins === 'applicant' ? input.applicant : input.otherParent;
      const certificate = results.birth_certificate?.certificateNumber;
      return [
        s(CHILD_LABELS.name, c.name, 'child.name'),
        s(CHILD_LABELS.sex, SEX_TEXT[c.sex], 'child.sex'),
        s(CHILD_LABELS.birthDate, c.birthDate, 'child.birthDate'),
        s(CHILD_LABELS.birthTime, c.birthTime, 'child.birthTime'),
        s(CHILD_LABELS.ethnicity, ethnicity(c.ethnicity), 'child.ethnicity'),
        s('出生地点', hospital, 'child.hospitalId'),
        ...(certificate ? [s(RESULT_LABELS.birth_certificate.certificateNumber, certificate)] : []),
        s(HOUSEHOLD_LABELS.joins, `随${parentWord(joins)}（${joins.name}）落户`, 'household.joins'),
        s(HOUSEHOLD_LABELS.headName, h.headName, 'household.headName'),
        s(HOUSEHOLD_LABELS.headRelation, RELATION_TEXT[h.headRelation], 'household.headRelation'),
        s(HOUSEHOLD_LABELS.hukouTownship, hukouPlace(h.hukouTownship), 'household.hukouTownship'),
        s(HOUSEHOLD_LABELS.address, h.address, 'household.address'),
        ...parents(input).flatMap(({ person, label, path }) => [
          s(label('name'), person.name, path('name')),
          s(label('idNumber'), person.idNumber, path('idNumber')),
        ]),
        ...fileIds.map((id) => s(HUKOU_BOOK_LABEL, fileLink(id), 'attachments')),
      ];
    }
    case 'medical_insurance': {
      const payerRole = input.insurance.payer === 'applicant' ? 'applicant' : 'otherParent';
      const payer = input[payerRole];
      return [
        s(CHILD_LABELS.name, c.name, 'child.name'),
        ...(childId ? [s(RESULT_LABELS.hukou.childIdNumber, childId)] : []),
        s(INSURANCE_LABELS.scheme, SCHEME_TEXT[input.insurance.scheme], 'insurance.scheme'),
        s(INSURANCE_LABELS.payer, payer.name, 'insurance.payer'),
        s(personFieldLabelFor('缴费人', 'phone'), payer.phone, `${payerRole}.phone`),
      ];
    }
    case 'social_security': {
      const card = input.card;
      const delivery =
        card.delivery === 'post'
          ? [
              s(CARD_LABELS.delivery, '邮寄', 'card.delivery'),
              s(CARD_LABELS.postAddress, card.postAddress ?? '', 'card.postAddress'),
              s('收件人', input.applicant.name, 'applicant.name'),
              s(personFieldLabelFor('收件人', 'phone'), input.applicant.phone, 'applicant.phone'),
            ]
          : [
              s(CARD_LABELS.delivery, '到便民服务中心领取', 'card.delivery'),
              s(CARD_LABELS.pickupTownship, card.pickupTownship ? townshipName(card.pickupTownship) : '', 'card.pickupTownship'),
            ];
      return [s(CHILD_LABELS.name, c.name, 'child.name'), ...(childId ? [s(RESULT_LABELS.hukou.childIdNumber, childId)] : []), ...delivery];
    }
    default: {
      const never: never = step;
      throw new Error(`no department data for ${String(never)}`);
    }
  }
}

// What each department sees of a case: only what it needs to do its step (DESIGN §3).
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
import { CARD_LABELS, CHILD_LABELS, HOUSEHOLD_LABELS, HUKOU_BOOK_LABEL, INSURANCE_LABELS, RESULT_LABELS } from '../../../domain/birth/fieldLabels';
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

/** Mother first, then father, each with their fields' labels ('母亲姓名'). */
function parents(input: BirthApplicationInput): { word: string; person: PersonInput; label: (field: PersonField) => string }[] {
  const list = [input.applicant, input.otherParent].map((person) => {
    const word = parentWord(person);
    return { word, person, label: (field: PersonField) => personFieldLabelFor(word, field) };
  });
  return list.sort((a, b) => (a.word === b.word ? 0 : a.word === '母亲' ? -1 : 1));
}

function s(label: string, value: string | number): Shown {
  return { label, value: String(value) };
}

export function fileLink(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}`;
}

export function departmentData(step: BundleStepKey, input: BirthApplicationInput, results: Partial<StepResults>, fileIds: readonly string[]): Shown[] {
  const c = input.child;
  const hospital = hospitalName(c.hospitalId) ?? c.hospitalId;
  const childId = results.hukou?.childIdNumber;
  switch (step) {
    case 'birth_certificate':
      return [
        s(CHILD_LABELS.name, c.name),
        s(CHILD_LABELS.sex, SEX_TEXT[c.sex]),
        s(CHILD_LABELS.birthDate, c.birthDate),
        s(CHILD_LABELS.birthTime, c.birthTime),
        s(CHILD_LABELS.weightGrams, c.weightGrams),
        s(CHILD_LABELS.lengthCm, c.lengthCm),
        s(CHILD_LABELS.hospitalId, hospital),
        ...parents(input).flatMap(({ person, label }) => [
          s(label('name'), person.name),
          s(label('idNumber'), person.idNumber),
          s(label('ethnicity'), ethnicity(person.ethnicity)),
        ]),
      ];
    case 'vaccination':
      return [
        s(CHILD_LABELS.name, c.name),
        s(CHILD_LABELS.sex, SEX_TEXT[c.sex]),
        s(CHILD_LABELS.birthDate, c.birthDate),
        s(CHILD_LABELS.hospitalId, hospital),
        ...parents(input).flatMap(({ person, label }) => [s(label('name'), person.name), s(label('phone'), person.phone)]),
      ];
    case 'hukou': {
      const h = input.household;
      const joins = h.joins === 'applicant' ? input.applicant : input.otherParent;
      const certificate = results.birth_certificate?.certificateNumber;
      return [
        s(CHILD_LABELS.name, c.name),
        s(CHILD_LABELS.sex, SEX_TEXT[c.sex]),
        s(CHILD_LABELS.birthDate, c.birthDate),
        s(CHILD_LABELS.birthTime, c.birthTime),
        s(CHILD_LABELS.ethnicity, ethnicity(c.ethnicity)),
        s('出生地点', hospital),
        ...(certificate ? [s(RESULT_LABELS.birth_certificate.certificateNumber, certificate)] : []),
        s(HOUSEHOLD_LABELS.joins, `随${parentWord(joins)}（${joins.name}）落户`),
        s(HOUSEHOLD_LABELS.headName, h.headName),
        s(HOUSEHOLD_LABELS.headRelation, RELATION_TEXT[h.headRelation]),
        s(HOUSEHOLD_LABELS.hukouTownship, hukouPlace(h.hukouTownship)),
        s(HOUSEHOLD_LABELS.address, h.address),
        ...parents(input).flatMap(({ person, label }) => [s(label('name'), person.name), s(label('idNumber'), person.idNumber)]),
        ...fileIds.map((id) => s(HUKOU_BOOK_LABEL, fileLink(id))),
      ];
    }
    case 'medical_insurance': {
      const payer = input.insurance.payer === 'applicant' ? input.applicant : input.otherParent;
      return [
        s(CHILD_LABELS.name, c.name),
        ...(childId ? [s(RESULT_LABELS.hukou.childIdNumber, childId)] : []),
        s(INSURANCE_LABELS.scheme, SCHEME_TEXT[input.insurance.scheme]),
        s(INSURANCE_LABELS.payer, payer.name),
        s(personFieldLabelFor('缴费人', 'phone'), payer.phone),
      ];
    }
    case 'social_security': {
      const card = input.card;
      const delivery =
        card.delivery === 'post'
          ? [
              s(CARD_LABELS.delivery, '邮寄'),
              s(CARD_LABELS.postAddress, card.postAddress ?? ''),
              s('收件人', input.applicant.name),
              s(personFieldLabelFor('收件人', 'phone'), input.applicant.phone),
            ]
          : [s(CARD_LABELS.delivery, '到便民服务中心领取'), s(CARD_LABELS.pickupTownship, card.pickupTownship ? townshipName(card.pickupTownship) : '')];
      return [s(CHILD_LABELS.name, c.name), ...(childId ? [s(RESULT_LABELS.hukou.childIdNumber, childId)] : []), ...delivery];
    }
    default: {
      const never: never = step;
      throw new Error(`no department data for ${String(never)}`);
    }
  }
}

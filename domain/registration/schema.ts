// 生育登记 input as the server accepts it (docs/decisions.md §1). The same schema runs in the form.
import * as v from 'valibot';
import { compareDates } from '../dates';
import { checkIdNumber } from '../identity/idNumber';
import { otherThanApplicant, personSchema } from '../people/personSchema';
import { TOWNSHIP_CODES } from '../place/townships';
import type { Assert, Equals } from '../typeChecks';
import { calendarDate, indexedArray, isSet, oneOf, optionalCalendarDate, personName, refine, strictFields, yesNo } from '../validation';
import {
  existingChildLabel,
  personFieldLabel,
  personLabel,
  REGISTRATION_LABEL,
  TOP_LEVEL_LABELS as L,
  type PersonRole,
} from './fieldLabels';
import { REGISTRATION_RULES } from './registrationRules';
import { registrationWindows } from './registrationWindows';
import type { ChildRelation, RegistrationInput, RegistrationStage, Sex } from './types';

export { FIELD_LABELS, fieldLabel } from './fieldLabels';

const SEXES: readonly Sex[] = ['M', 'F'];
const CHILD_RELATIONS: readonly ChildRelation[] = ['this-marriage', 'previous-marriage', 'adopted'];
const STAGES: readonly RegistrationStage[] = ['pregnant', 'born'];

function notAfter(today: string) {
  return (date: string) => compareDates(date, today) <= 0;
}

function roleSchema(role: PersonRole, today: string) {
  return personSchema(personLabel(role), (field) => personFieldLabel(role, field), today);
}

function existingChildSchema(index: number, today: string) {
  const birthDateLabel = existingChildLabel(index, 'birthDate');
  return strictFields(existingChildLabel(index), {
    name: personName(existingChildLabel(index, 'name')),
    birthDate: v.pipe(calendarDate(birthDateLabel), refine(notAfter(today), `${birthDateLabel}不能晚于今天`)),
    sex: oneOf(existingChildLabel(index, 'sex'), SEXES),
    relation: oneOf(existingChildLabel(index, 'relation'), CHILD_RELATIONS),
    deceased: yesNo(existingChildLabel(index, 'deceased')),
  });
}

function notBeforeBirthOf(date: string, idNumber: string): boolean {
  const person = checkIdNumber(idNumber);
  return !person.ok || compareDates(date, person.birthDate) >= 0;
}

export function registrationSchema(today: string) {
  const windows = registrationWindows(today);
  const maxChildren = REGISTRATION_RULES.maxExistingChildren.value;

  const fields = strictFields(REGISTRATION_LABEL, {
    applicant: roleSchema('applicant', today),
    spouse: roleSchema('spouse', today),
    marriageDate: v.pipe(
      calendarDate(L.marriageDate),
      refine(notAfter(today), `${L.marriageDate}不能晚于今天`),
      refine((date) => compareDates(date, windows.marriageDate.earliest) >= 0, `${L.marriageDate}不能早于${windows.marriageDate.earliest}`),
    ),
    existingChildren: indexedArray(L.existingChildren, { count: maxChildren, message: `已有子女最多填写${maxChildren}个` }, (index) =>
      existingChildSchema(index, today),
    ),
    stage: oneOf(L.stage, STAGES),
    dueDate: optionalCalendarDate(L.dueDate),
    birthDate: optionalCalendarDate(L.birthDate),
    township: oneOf(L.township, TOWNSHIP_CODES),
  });

  const due = windows.dueDate;
  const born = windows.birthDate;
  const R = REGISTRATION_RULES;

  return v.pipe(
    fields,
    v.forward(
      v.partialCheck([['stage'], ['dueDate']], (x) => x.stage !== 'pregnant' || isSet(x.dueDate), `请选择${L.dueDate}`),
      ['dueDate'],
    ),
    v.forward(
      v.partialCheck(
        [['stage'], ['dueDate']],
        (x) => x.stage !== 'pregnant' || !isSet(x.dueDate) || compareDates(x.dueDate, due.earliest) >= 0,
        `${L.dueDate}不能早于今天${R.dueDateMaxDaysBeforeToday.value}天以前（最早${due.earliest}）`,
      ),
      ['dueDate'],
    ),
    v.forward(
      v.partialCheck(
        [['stage'], ['dueDate']],
        (x) => x.stage !== 'pregnant' || !isSet(x.dueDate) || compareDates(x.dueDate, due.latest) <= 0,
        `${L.dueDate}不能晚于今天起${R.dueDateMaxDaysAfterToday.value}天（最晚${due.latest}）`,
      ),
      ['dueDate'],
    ),
    v.forward(
      v.partialCheck([['stage'], ['birthDate']], (x) => x.stage !== 'born' || isSet(x.birthDate), `请选择${L.birthDate}`),
      ['birthDate'],
    ),
    v.forward(
      v.partialCheck(
        [['stage'], ['birthDate']],
        (x) => x.stage !== 'born' || !isSet(x.birthDate) || compareDates(x.birthDate, born.latest) <= 0,
        `${L.birthDate}不能晚于今天`,
      ),
      ['birthDate'],
    ),
    v.forward(
      v.partialCheck(
        [['stage'], ['birthDate']],
        (x) => x.stage !== 'born' || !isSet(x.birthDate) || compareDates(x.birthDate, born.earliest) >= 0,
        `${L.birthDate}不能早于${born.earliest}（补登限${R.birthDateMaxYearsBeforeToday.value}周岁以内的子女）`,
      ),
      ['birthDate'],
    ),
    otherThanApplicant('spouse', `${personFieldLabel('spouse', 'idNumber')}不能与申请人相同`),
    v.forward(
      v.partialCheck(
        [['marriageDate'], ['applicant', 'idNumber']],
        (x) => notBeforeBirthOf(x.marriageDate, x.applicant.idNumber),
        `${L.marriageDate}不能早于申请人的出生日期`,
      ),
      ['marriageDate'],
    ),
    v.forward(
      v.partialCheck(
        [['marriageDate'], ['spouse', 'idNumber']],
        (x) => notBeforeBirthOf(x.marriageDate, x.spouse.idNumber),
        `${L.marriageDate}不能早于配偶的出生日期`,
      ),
      ['marriageDate'],
    ),
    v.transform((x): RegistrationInput => {
      const { dueDate, birthDate, ...rest } = x;
      // The date that does not belong to the stage is dropped, not stored.
      if (x.stage === 'pregnant') return isSet(dueDate) ? { ...rest, dueDate } : rest;
      return isSet(birthDate) ? { ...rest, birthDate } : rest;
    }),
  );
}

type FieldsOutput = v.InferOutput<ReturnType<typeof registrationSchema>['pipe'][0]>;
type WithoutStageDates<T> = Omit<T, 'dueDate' | 'birthDate'>;

/** Compile-time proof that the schema's fields and output are exactly the contract's RegistrationInput. @public (exported only so the compiler keeps it; nothing imports it) */
export type RegistrationSchemaMatchesContract = [
  Assert<Equals<v.InferOutput<ReturnType<typeof registrationSchema>>, RegistrationInput>>,
  Assert<Equals<WithoutStageDates<FieldsOutput>, WithoutStageDates<RegistrationInput>>>,
];

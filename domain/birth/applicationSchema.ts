// 出生一件事 application input as the server accepts it (docs/decisions.md §2). The same schema runs in the form.
import * as v from 'valibot';
import { compareDates } from '../dates';
import { ETHNICITY_CODES } from '../people/ethnicities';
import { HUKOU_TOWNSHIPS, otherThanApplicant, personSchema } from '../people/personSchema';
import { TOWNSHIP_CODES, type TownshipCode } from '../place/townships';
import type { Sex } from '../registration/types';
import type { Assert, Equals } from '../typeChecks';
import {
  calendarDate,
  indexedArray,
  isSet,
  oneOf,
  optionalOneOf,
  optionalText,
  personName,
  refine,
  requiredText,
  strictFields,
  typeMessage,
} from '../validation';
import { BUNDLE_RULES, bundleBirthDateWindow, isWithinBundleAge } from './bundleRules';
import { BUNDLE_STEP_KEYS, closeExclusions, stepTitle } from './bundleGraph';
import {
  APPLICATION_LABEL,
  attachmentLabel,
  CARD_LABELS,
  CHILD_LABELS,
  HOUSEHOLD_LABELS,
  HUKOU_BOOK_LABEL,
  INSURANCE_LABELS,
  parentFieldLabel,
  SECTION_LABELS,
  type ParentRole,
} from './fieldLabels';
import { HOSPITAL_IDS } from './hospitals';
import type { AttachmentRef, BirthApplicationInput, BundleStepKey, CardInput, HouseholdInput, InsuranceInput } from './types';

export { birthFieldLabel } from './fieldLabels';

export const ADDRESS_MAX_LENGTH = 100;
export const ID_MAX_LENGTH = 64;
export const MAX_ATTACHMENTS = 4;

export const CHILD_MEASURE_BOUNDS = {
  weightGrams: { min: 500, max: 6500 },
  lengthCm: { min: 30, max: 65 },
} as const;

const SEXES: readonly Sex[] = ['M', 'F'];
const PARENTS: readonly ParentRole[] = ['applicant', 'otherParent'];
const HEAD_RELATIONS: readonly HouseholdInput['headRelation'][] = ['father', 'mother', 'grandfather', 'grandmother', 'other'];
const SCHEMES: readonly InsuranceInput['scheme'][] = ['urban_rural_resident'];
const DELIVERIES: readonly CardInput['delivery'][] = ['post', 'pickup'];
const ATTACHMENT_KINDS: readonly AttachmentRef['kind'][] = ['hukou_book'];

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function clockTime(label: string) {
  return v.pipe(
    v.string(typeMessage(label, '请选择')),
    v.trim(),
    refine((s) => s.length > 0, `请选择${label}`),
    refine((s) => CLOCK_TIME.test(s), `${label}格式不正确，应为“时:分”（24小时制），如08:05`),
  );
}

function numberBetween(label: string, bounds: { min: number; max: number }, integer: boolean) {
  const { min, max } = bounds;
  return v.pipe(
    v.number(typeMessage(label)),
    v.check(
      (n) => (!integer || Number.isInteger(n)) && n >= min && n <= max,
      integer ? `${label}应为${min}至${max}之间的整数` : `${label}应在${min}至${max}之间`,
    ),
  );
}

function parentSchema(role: ParentRole, today: string) {
  return personSchema(SECTION_LABELS[role], (field) => parentFieldLabel(role, field), today);
}

function childSchema(today: string) {
  const L = CHILD_LABELS;
  const { earliest } = bundleBirthDateWindow(today);
  const maxAge = BUNDLE_RULES.maxChildAgeYears.value;
  return strictFields(SECTION_LABELS.child, {
    name: personName(L.name),
    sex: oneOf(L.sex, SEXES),
    birthDate: v.pipe(
      calendarDate(L.birthDate),
      refine((date) => compareDates(date, today) <= 0, `${L.birthDate}不能晚于今天`),
      refine(
        (date) => isWithinBundleAge(date, today),
        `${L.birthDate}不能早于${earliest}（“出生一件事”限未满${maxAge}周岁的孩子，满${maxAge}周岁的请分别到各部门办理）`,
      ),
    ),
    birthTime: clockTime(L.birthTime),
    weightGrams: numberBetween(L.weightGrams, CHILD_MEASURE_BOUNDS.weightGrams, true),
    lengthCm: numberBetween(L.lengthCm, CHILD_MEASURE_BOUNDS.lengthCm, false),
    hospitalId: oneOf(L.hospitalId, HOSPITAL_IDS),
    ethnicity: oneOf(L.ethnicity, ETHNICITY_CODES),
  });
}

function householdSchema() {
  const L = HOUSEHOLD_LABELS;
  return strictFields(SECTION_LABELS.household, {
    joins: oneOf(L.joins, PARENTS),
    headName: personName(L.headName),
    headRelation: oneOf(L.headRelation, HEAD_RELATIONS),
    hukouTownship: oneOf(L.hukouTownship, HUKOU_TOWNSHIPS),
    address: requiredText(L.address, ADDRESS_MAX_LENGTH),
  });
}

function insuranceSchema() {
  return strictFields(SECTION_LABELS.insurance, {
    scheme: oneOf(INSURANCE_LABELS.scheme, SCHEMES),
    payer: oneOf(INSURANCE_LABELS.payer, PARENTS),
  });
}

function cardSchema() {
  return strictFields(SECTION_LABELS.card, {
    delivery: oneOf(CARD_LABELS.delivery, DELIVERIES),
    postAddress: optionalText(CARD_LABELS.postAddress, ADDRESS_MAX_LENGTH),
    pickupTownship: optionalOneOf(CARD_LABELS.pickupTownship, TOWNSHIP_CODES),
  });
}

/** The first step asked for whose dependency is left out, as a message; undefined when the set is closed. */
function servicesClosureProblem(services: readonly BundleStepKey[]): string | undefined {
  const first = closeExclusions(services).alsoExcluded[0];
  return first && `${first.because}；请同时取消“${stepTitle(first.step)}”，或选择办理它所依赖的事项`;
}

function servicesSchema() {
  const label = SECTION_LABELS.services;
  return v.pipe(
    v.array(oneOf(label, BUNDLE_STEP_KEYS), typeMessage(label, '请选择')),
    v.check((services) => services.length > 0, `请至少选择一项${label}`),
    v.check((services) => new Set(services).size === services.length, `${label}不能重复`),
    v.rawCheck<BundleStepKey[]>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = servicesClosureProblem(dataset.value);
      if (problem) addIssue({ message: problem });
    }),
    // Stored in display order, whatever order the form sent.
    v.transform((services) => BUNDLE_STEP_KEYS.filter((key) => services.includes(key))),
  );
}

function attachmentSchema(index: number) {
  return strictFields(attachmentLabel(index), {
    kind: oneOf(attachmentLabel(index, 'kind'), ATTACHMENT_KINDS),
    fileId: requiredText(attachmentLabel(index, 'fileId'), ID_MAX_LENGTH),
  });
}

/** A 户口簿 page is asked for only when the system cannot know the household: it is outside 盈江. */
export function needsHukouBook(household: Pick<HouseholdInput, 'hukouTownship'>, services: readonly BundleStepKey[]): boolean {
  return household.hukouTownship === 'outside' && services.includes('hukou');
}

function cardOutput(card: {
  delivery: CardInput['delivery'];
  postAddress?: string | null;
  pickupTownship?: TownshipCode | null;
}): CardInput {
  // The field that does not belong to the delivery is dropped, not stored; the checks before made
  // sure the one that does is set.
  return card.delivery === 'post'
    ? { delivery: 'post', postAddress: card.postAddress! }
    : { delivery: 'pickup', pickupTownship: card.pickupTownship! };
}

export function birthApplicationSchema(today: string) {
  const fields = strictFields(APPLICATION_LABEL, {
    registrationId: optionalText(SECTION_LABELS.registrationId, ID_MAX_LENGTH),
    applicant: parentSchema('applicant', today),
    otherParent: parentSchema('otherParent', today),
    child: childSchema(today),
    household: householdSchema(),
    insurance: insuranceSchema(),
    card: cardSchema(),
    services: servicesSchema(),
    attachments: indexedArray(
      SECTION_LABELS.attachments,
      { count: MAX_ATTACHMENTS, message: `${SECTION_LABELS.attachments}最多上传${MAX_ATTACHMENTS}个` },
      attachmentSchema,
    ),
  });

  const hasHukouBook = (attachments: readonly AttachmentRef[]) => attachments.some((a) => a.kind === 'hukou_book');

  return v.pipe(
    fields,
    otherThanApplicant('otherParent', `${parentFieldLabel('otherParent', 'idNumber')}不能与申请人相同`),
    v.forward(
      v.partialCheck(
        [
          ['applicant', 'hukouTownship'],
          ['otherParent', 'hukouTownship'],
        ],
        (x) => x.applicant.hukouTownship !== 'outside' || x.otherParent.hukouTownship !== 'outside',
        '父母至少一方须为盈江户籍',
      ),
      ['applicant', 'hukouTownship'],
    ),
    v.forward(
      v.partialCheck(
        [
          ['child', 'ethnicity'],
          ['applicant', 'ethnicity'],
          ['otherParent', 'ethnicity'],
        ],
        (x) => x.child.ethnicity === x.applicant.ethnicity || x.child.ethnicity === x.otherParent.ethnicity,
        '孩子的民族须随父亲或母亲',
      ),
      ['child', 'ethnicity'],
    ),
    v.forward(
      v.partialCheck(
        [
          ['card', 'delivery'],
          ['card', 'postAddress'],
        ],
        (x) => x.card.delivery !== 'post' || isSet(x.card.postAddress),
        `请填写${CARD_LABELS.postAddress}`,
      ),
      ['card', 'postAddress'],
    ),
    v.forward(
      v.partialCheck(
        [
          ['card', 'delivery'],
          ['card', 'pickupTownship'],
        ],
        (x) => x.card.delivery !== 'pickup' || isSet(x.card.pickupTownship),
        `请选择${CARD_LABELS.pickupTownship}`,
      ),
      ['card', 'pickupTownship'],
    ),
    v.forward(
      v.partialCheck(
        [['household', 'hukouTownship'], ['services'], ['attachments']],
        (x) => !needsHukouBook(x.household, x.services) || hasHukouBook(x.attachments),
        `落户地在盈江县外，请上传${HUKOU_BOOK_LABEL}`,
      ),
      ['attachments'],
    ),
    v.forward(
      v.partialCheck(
        [['household', 'hukouTownship'], ['services'], ['attachments']],
        (x) => needsHukouBook(x.household, x.services) || !hasHukouBook(x.attachments),
        `落户地在盈江县内或不办理户口登记，无需上传${HUKOU_BOOK_LABEL}，请删除该附件`,
      ),
      ['attachments'],
    ),
    v.transform((x): BirthApplicationInput => {
      const { registrationId, card, ...rest } = x;
      const output = { ...rest, card: cardOutput(card) };
      return isSet(registrationId) ? { registrationId, ...output } : output;
    }),
  );
}

type FieldsOutput = v.InferOutput<ReturnType<typeof birthApplicationSchema>['pipe'][0]>;
type WithoutCleaned<T> = Omit<T, 'registrationId' | 'card'>;

/** Compile-time proof that the schema's fields and output are exactly the contract's BirthApplicationInput. @public (exported only so the compiler keeps it; nothing imports it) */
export type BirthApplicationSchemaMatchesContract = [
  Assert<Equals<v.InferOutput<ReturnType<typeof birthApplicationSchema>>, BirthApplicationInput>>,
  Assert<Equals<WithoutCleaned<FieldsOutput>, WithoutCleaned<BirthApplicationInput>>>,
  Assert<Equals<FieldsOutput['card']['delivery'], CardInput['delivery']>>,
];

// What a department enters when it completes its step (StepResults), checked on the clerk's form and
// again on the server, and how a result is shown to the parent and to the next department.
import * as v from 'valibot';
import { compareDates } from '../dates';
import { checkIdNumber, maskIdNumber } from '../identity/idNumber';
import { calendarDate, idNumberField, isSet, optionalText, refine, requiredText, strictFields, typeMessage } from '../validation';
import { insuranceCoverageStart } from './bundleRules';
import { BIRTH_DOSE_LABELS, RESULT_LABELS, RESULT_SECTION_LABELS } from './fieldLabels';
import type { Sex } from '../registration/types';
import type { BirthDosesGiven, BundleStepKey, StepResults } from './types';
import type { Shown } from './views';

export interface StepResultContext {
  childBirthDate: string;
  today: string;
  /** When given, the child's new ID number must carry this sex (odd 17th digit = male). */
  childSex?: Sex;
}

export const NAME_FIELD_MAX_LENGTH = 50;

export const COVERAGE_START_LABEL = '保障起始日期';

/** One capital letter and 9 digits, the digits starting with 53 (云南), e.g. 'Q530012345'. */
const BIRTH_CERTIFICATE_NUMBER = /^[A-Z]\d{9}$/;
const YUNNAN_PREFIX = '53';
const VACCINATION_CERTIFICATE_NUMBER = /^[0-9A-Z-]{6,30}$/;
const INSURANCE_NUMBER = /^[0-9A-Za-z]{6,30}$/;
const SOCIAL_SECURITY_CARD_NUMBER = /^[A-Z0-9]{9}$/;

/** A code typed by a clerk: spaces dropped, letters upper-cased when `upper`. */
function code(label: string, upper: boolean) {
  return v.pipe(
    v.string(typeMessage(label)),
    v.transform((s) => {
      const compact = s.replace(/\s+/g, '');
      return upper ? compact.toUpperCase() : compact;
    }),
    refine((s) => s.length > 0, `请填写${label}`),
  );
}

/** A date between the child's birth and today. */
function dateSinceBirth(label: string, context: StepResultContext) {
  return v.pipe(
    calendarDate(label),
    refine((s) => compareDates(s, context.childBirthDate) >= 0, `${label}不能早于孩子的出生日期（${context.childBirthDate}）`),
    refine((s) => compareDates(s, context.today) <= 0, `${label}不能晚于今天`),
  );
}

const BATCH_MAX = 30;

/** The optional birth-dose fields: a date since the birth (not after today) and a batch, each pair both or neither. */
function birthDoseFields(context: StepResultContext) {
  const L = BIRTH_DOSE_LABELS;
  return {
    hepB1Date: v.optional(dateSinceBirth(L.hepB1Date, context)),
    hepB1Batch: optionalText(L.hepB1Batch, BATCH_MAX),
    bcgDate: v.optional(dateSinceBirth(L.bcgDate, context)),
    bcgBatch: optionalText(L.bcgBatch, BATCH_MAX),
  };
}

const BIRTH_DOSE_PAIRS = [
  ['hepB1Date', 'hepB1Batch'],
  ['bcgDate', 'bcgBatch'],
] as const;

/** A result with birth-dose fields: each dose's date and batch together; unset ones dropped. */
function withBirthDoses<T extends Record<string, unknown>>(
  fields: v.ObjectEntries,
  section: string,
): v.GenericSchema<unknown, T & BirthDosesGiven> {
  let schema: v.GenericSchema<unknown, Record<string, unknown>> = strictFields(section, fields) as unknown as v.GenericSchema<
    unknown,
    Record<string, unknown>
  >;
  for (const [date, batch] of BIRTH_DOSE_PAIRS) {
    schema = v.pipe(
      schema,
      v.forward(
        v.partialCheck(
          [[date], [batch]],
          (x) => isSet((x as Record<string, unknown>)[date]) || !isSet((x as Record<string, unknown>)[batch]),
          `请选择${BIRTH_DOSE_LABELS[date]}（填写批号时必填）`,
        ),
        [date],
      ),
      v.forward(
        v.partialCheck(
          [[date], [batch]],
          (x) => isSet((x as Record<string, unknown>)[batch]) || !isSet((x as Record<string, unknown>)[date]),
          `请填写${BIRTH_DOSE_LABELS[batch]}（填写接种日期时必填）`,
        ),
        [batch],
      ),
    ) as unknown as v.GenericSchema<unknown, Record<string, unknown>>;
  }
  return v.pipe(
    schema,
    v.transform((x) => Object.fromEntries(Object.entries(x).filter(([, value]) => isSet(value))) as T & BirthDosesGiven),
  );
}

type ResultSchemas = { [K in BundleStepKey]: v.GenericSchema<unknown, StepResults[K]> };

function resultSchemas(context: StepResultContext): ResultSchemas {
  const { childBirthDate } = context;
  return {
    birth_certificate: withBirthDoses<{ certificateNumber: string }>(
      {
        ...birthDoseFields(context),
        certificateNumber: v.pipe(
          code(RESULT_LABELS.birth_certificate.certificateNumber, true),
          refine(
            (s) => BIRTH_CERTIFICATE_NUMBER.test(s),
            `${RESULT_LABELS.birth_certificate.certificateNumber}格式不正确，应为1个大写字母加9位数字，如Q530012345`,
          ),
          refine(
            (s) => s.slice(1, 3) === YUNNAN_PREFIX,
            `${RESULT_LABELS.birth_certificate.certificateNumber}的数字部分应以${YUNNAN_PREFIX}（云南省）开头，请核对证件`,
          ),
        ),
      },
      RESULT_SECTION_LABELS.birth_certificate,
    ),

    vaccination: withBirthDoses<{ certificateNumber: string; clinicName: string }>(
      {
        ...birthDoseFields(context),
        certificateNumber: v.pipe(
          code(RESULT_LABELS.vaccination.certificateNumber, true),
          refine(
            (s) => VACCINATION_CERTIFICATE_NUMBER.test(s),
            `${RESULT_LABELS.vaccination.certificateNumber}应为6至30位数字、大写字母或“-”`,
          ),
        ),
        clinicName: requiredText(RESULT_LABELS.vaccination.clinicName, NAME_FIELD_MAX_LENGTH),
      },
      RESULT_SECTION_LABELS.vaccination,
    ),

    hukou: strictFields(RESULT_SECTION_LABELS.hukou, {
      childIdNumber: v.pipe(
        idNumberField(RESULT_LABELS.hukou.childIdNumber, context.today),
        refine((id) => {
          const checked = checkIdNumber(id);
          return checked.ok && checked.birthDate === childBirthDate;
        }, `${RESULT_LABELS.hukou.childIdNumber}中的出生日期与出生日期（${childBirthDate}）不一致`),
        refine(
          (id) => {
            const checked = checkIdNumber(id);
            return context.childSex === undefined || (checked.ok && checked.sex === context.childSex);
          },
          `${RESULT_LABELS.hukou.childIdNumber}中的性别与孩子的性别（${context.childSex === 'M' ? '男' : '女'}）不一致`,
        ),
      ),
      registeredOn: dateSinceBirth(RESULT_LABELS.hukou.registeredOn, context),
      policeStation: requiredText(RESULT_LABELS.hukou.policeStation, NAME_FIELD_MAX_LENGTH),
    }),

    medical_insurance: strictFields(RESULT_SECTION_LABELS.medical_insurance, {
      insuranceNumber: v.pipe(
        code(RESULT_LABELS.medical_insurance.insuranceNumber, false),
        refine((s) => INSURANCE_NUMBER.test(s), `${RESULT_LABELS.medical_insurance.insuranceNumber}应为6至30位数字或字母`),
      ),
      paidOn: dateSinceBirth(RESULT_LABELS.medical_insurance.paidOn, context),
    }),

    social_security: socialSecuritySchema(),
  };
}

function socialSecuritySchema(): v.GenericSchema<unknown, StepResults['social_security']> {
  const L = RESULT_LABELS.social_security;
  return v.pipe(
    strictFields(RESULT_SECTION_LABELS.social_security, {
      cardNumber: v.pipe(
        code(L.cardNumber, true),
        refine((s) => SOCIAL_SECURITY_CARD_NUMBER.test(s), `${L.cardNumber}应为9位数字或大写字母`),
      ),
      trackingNumber: optionalText(L.trackingNumber, NAME_FIELD_MAX_LENGTH),
      pickupPlace: optionalText(L.pickupPlace, NAME_FIELD_MAX_LENGTH),
    }),
    v.forward(
      v.partialCheck(
        [['trackingNumber'], ['pickupPlace']],
        (x) => isSet(x.trackingNumber) || isSet(x.pickupPlace),
        `请填写${L.trackingNumber}或${L.pickupPlace}（二选一）`,
      ),
      ['trackingNumber'],
    ),
    v.forward(
      v.partialCheck(
        [['trackingNumber'], ['pickupPlace']],
        (x) => !(isSet(x.trackingNumber) && isSet(x.pickupPlace)),
        `${L.trackingNumber}和${L.pickupPlace}只能填写一项：邮寄的填写${L.trackingNumber}，自取的填写${L.pickupPlace}`,
      ),
      ['trackingNumber'],
    ),
    v.transform((x): StepResults['social_security'] => {
      const { cardNumber, trackingNumber, pickupPlace } = x;
      return isSet(trackingNumber) ? { cardNumber, trackingNumber } : { cardNumber, pickupPlace: pickupPlace! };
    }),
  );
}

/** The schema for one step's result; dates are checked against the child's birth date and today. */
export function stepResultSchema<K extends BundleStepKey>(step: K, context: StepResultContext): v.GenericSchema<unknown, StepResults[K]> {
  return resultSchemas(context)[step];
}

export interface ResultShownOptions {
  childBirthDate: string;
  /** Show the child's ID number in full (the family's case page, the departments); masked otherwise. */
  revealChildId?: boolean;
}

/** Label/value pairs to show a result; the child's ID number is masked unless `revealChildId`. */
export function resultShown<K extends BundleStepKey>(step: K, result: StepResults[K], context: ResultShownOptions): Shown[] {
  const shown: { [S in BundleStepKey]: (r: StepResults[S]) => Shown[] } = {
    birth_certificate: (r) => [
      { label: RESULT_LABELS.birth_certificate.certificateNumber, value: r.certificateNumber },
      ...birthDosesShown(r),
    ],
    vaccination: (r) => [
      { label: RESULT_LABELS.vaccination.certificateNumber, value: r.certificateNumber },
      { label: RESULT_LABELS.vaccination.clinicName, value: r.clinicName },
      ...birthDosesShown(r),
    ],
    hukou: (r) => [
      { label: RESULT_LABELS.hukou.childIdNumber, value: context.revealChildId ? r.childIdNumber : maskIdNumber(r.childIdNumber) },
      { label: RESULT_LABELS.hukou.registeredOn, value: r.registeredOn },
      { label: RESULT_LABELS.hukou.policeStation, value: r.policeStation },
    ],
    medical_insurance: (r) => [
      { label: RESULT_LABELS.medical_insurance.insuranceNumber, value: r.insuranceNumber },
      { label: RESULT_LABELS.medical_insurance.paidOn, value: r.paidOn },
      { label: COVERAGE_START_LABEL, value: insuranceCoverageStart(context.childBirthDate, r.paidOn) },
    ],
    social_security: (r) => [
      { label: RESULT_LABELS.social_security.cardNumber, value: r.cardNumber },
      ...(r.trackingNumber !== undefined ? [{ label: RESULT_LABELS.social_security.trackingNumber, value: r.trackingNumber }] : []),
      ...(r.pickupPlace !== undefined ? [{ label: RESULT_LABELS.social_security.pickupPlace, value: r.pickupPlace }] : []),
    ],
  };
  return shown[step](result);
}

function birthDosesShown(r: BirthDosesGiven): Shown[] {
  const out: Shown[] = [];
  if (r.hepB1Date !== undefined) out.push({ label: '乙肝疫苗第1剂', value: `${r.hepB1Date} 接种（批号 ${r.hepB1Batch ?? ''}）` });
  if (r.bcgDate !== undefined) out.push({ label: '卡介苗', value: `${r.bcgDate} 接种（批号 ${r.bcgBatch ?? ''}）` });
  return out;
}

/** The birth doses a result names, as dose records: the schedule's dose id, its product, date and batch. */
export function birthDosesOf(r: BirthDosesGiven): { doseId: 'hepb-1' | 'bcg-1'; product: 'HepB' | 'BCG'; date: string; batch: string }[] {
  const out: { doseId: 'hepb-1' | 'bcg-1'; product: 'HepB' | 'BCG'; date: string; batch: string }[] = [];
  if (r.hepB1Date !== undefined && r.hepB1Batch !== undefined)
    out.push({ doseId: 'hepb-1', product: 'HepB', date: r.hepB1Date, batch: r.hepB1Batch });
  if (r.bcgDate !== undefined && r.bcgBatch !== undefined)
    out.push({ doseId: 'bcg-1', product: 'BCG', date: r.bcgDate, batch: r.bcgBatch });
  return out;
}

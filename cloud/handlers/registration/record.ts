// A registration's three shapes: the input (clear, what the form holds), the row (ID numbers and
// phones encrypted, with lookup hashes) and the view (masked, what a screen shows).
import type { Insertable } from 'kysely';
import type { PersonView, RegistrationCorrection, RegistrationView } from '../../../domain/api/contract';
import { checkIdNumber, maskIdNumber, maskPhone } from '../../../domain/identity/idNumber';
import type { TownshipCode } from '../../../domain/place/townships';
import { childOrder } from '../../../domain/registration/childOrder';
import type { ExistingChild, PersonInput, RegistrationInput, Sex } from '../../../domain/registration/types';
import type { CorrectionRow, RegistrationRow } from '../../db/repos/registrations';
import type { RegistrationsTable } from '../../db/tables';
import type { FieldCrypto } from '../../security/fieldCrypto';

/** Columns that come from the input; identity, numbering and status columns are set by the caller. */
export type InputColumns = Omit<
  Insertable<RegistrationsTable>,
  | 'id'
  | 'number'
  | 'family_id'
  | 'applicant_user_id'
  | 'status'
  | 'created_at'
  | 'updated_at'
  | 'cancel_reason'
  | 'cancelled_at'
  | 'spouse_consent'
  | 'spouse_answered_at'
>;

function sexOf(idNumber: string): Sex {
  const check = checkIdNumber(idNumber);
  if (!check.ok) throw new Error('registration holds an ID number that does not pass the check');
  return check.sex;
}

export function inputColumns(input: RegistrationInput, crypto: FieldCrypto): InputColumns {
  const a = input.applicant;
  const s = input.spouse;
  return {
    stage: input.stage,
    due_date: input.stage === 'pregnant' ? (input.dueDate ?? null) : null,
    birth_date: input.stage === 'born' ? (input.birthDate ?? null) : null,
    township: input.township,
    marriage_date: input.marriageDate,
    child_order: childOrder(input.existingChildren),
    applicant_name: a.name,
    applicant_id_enc: crypto.encrypt(a.idNumber),
    applicant_id_hash: crypto.hash(a.idNumber),
    applicant_sex: sexOf(a.idNumber),
    applicant_ethnicity: a.ethnicity,
    applicant_phone_enc: crypto.encrypt(a.phone),
    applicant_hukou_township: a.hukouTownship,
    applicant_hukou_address: a.hukouAddress,
    spouse_name: s.name,
    spouse_id_enc: crypto.encrypt(s.idNumber),
    spouse_id_hash: crypto.hash(s.idNumber),
    spouse_sex: sexOf(s.idNumber),
    spouse_ethnicity: s.ethnicity,
    spouse_phone_enc: crypto.encrypt(s.phone),
    spouse_hukou_township: s.hukouTownship,
    spouse_hukou_address: s.hukouAddress,
    existing_children_json: JSON.stringify(input.existingChildren),
  };
}

export type Who = 'applicant' | 'spouse';

/** One of the couple as the form holds them, decrypted. */
export function personInput(row: RegistrationRow, who: Who, crypto: FieldCrypto): PersonInput {
  return {
    name: row[`${who}_name`],
    idNumber: crypto.decrypt(row[`${who}_id_enc`]),
    ethnicity: row[`${who}_ethnicity`],
    phone: crypto.decrypt(row[`${who}_phone_enc`]),
    hukouTownship: row[`${who}_hukou_township`] as TownshipCode | 'outside',
    hukouAddress: row[`${who}_hukou_address`],
  };
}

export function existingChildrenOf(row: RegistrationRow): ExistingChild[] {
  return JSON.parse(row.existing_children_json) as ExistingChild[];
}

export function inputFromRow(row: RegistrationRow, crypto: FieldCrypto): RegistrationInput {
  const base = {
    applicant: personInput(row, 'applicant', crypto),
    spouse: personInput(row, 'spouse', crypto),
    marriageDate: row.marriage_date,
    existingChildren: existingChildrenOf(row),
    township: row.township as TownshipCode,
  };
  if (row.stage === 'pregnant')
    return row.due_date ? { ...base, stage: 'pregnant', dueDate: row.due_date } : { ...base, stage: 'pregnant' };
  return row.birth_date ? { ...base, stage: 'born', birthDate: row.birth_date } : { ...base, stage: 'born' };
}

export function personView(row: RegistrationRow, who: Who, crypto: FieldCrypto): PersonView {
  return {
    name: row[`${who}_name`],
    idNumberMasked: maskIdNumber(crypto.decrypt(row[`${who}_id_enc`])),
    sex: row[`${who}_sex`],
    ethnicity: row[`${who}_ethnicity`],
    phoneMasked: maskPhone(crypto.decrypt(row[`${who}_phone_enc`])),
    hukouTownship: row[`${who}_hukou_township`] as TownshipCode | 'outside',
    hukouAddress: row[`${who}_hukou_address`],
  };
}

function correctionView(c: CorrectionRow): RegistrationCorrection {
  const fields = JSON.parse(c.fields_json) as string[];
  return c.reason ? { at: c.at, by: c.by_role, fields, reason: c.reason } : { at: c.at, by: c.by_role, fields };
}

export function viewFromRow(row: RegistrationRow, corrections: CorrectionRow[], crypto: FieldCrypto): RegistrationView {
  const view: RegistrationView = {
    id: row.id,
    number: row.number,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    childOrder: row.child_order,
    stage: row.stage,
    township: row.township as TownshipCode,
    marriageDate: row.marriage_date,
    applicant: personView(row, 'applicant', crypto),
    spouse: personView(row, 'spouse', crypto),
    existingChildren: existingChildrenOf(row),
    spouseConsent: row.spouse_consent,
    corrections: corrections.map(correctionView),
  };
  if (row.due_date) view.dueDate = row.due_date;
  if (row.birth_date) view.birthDate = row.birth_date;
  if (row.cancel_reason) view.cancelReason = row.cancel_reason;
  return view;
}

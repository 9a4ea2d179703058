// The mother's (and her family's) own pregnancy: list, read, start (from her 生育登记 or on its own),
// correct the dating. Another family's pregnancy is NOT_FOUND, so ids cannot be probed. The family's
// parents read; only the mother herself or a parent of the family starts one; nobody here records a
// check — that is the hospital's (staff.ts).
import * as v from 'valibot';
import { todayIn } from '../../../domain/dates';
import { checkIdNumber } from '../../../domain/identity/idNumber';
import { datingInputOf, datingSchema } from '../../../domain/maternal/datingSchema';
import { datePregnancy, gestationalAgeOn, formatGestationalAge } from '../../../domain/maternal/pregnancyDating';
import { dueDateSchema, hasDating, startFields, startFromDueDate } from '../../../domain/maternal/pregnancyRecordSchemas';
import type { DatingBasis } from '../../../domain/maternal/types';
import type { MyPregnancies, PregnancyView } from '../../../domain/maternal/views';
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, invalidInput, notFound } from '../../core/errors';
import { requireCaller, requireVerified } from '../../core/guards';
import { newId } from '../../core/ids';
import { parseInput } from '../../core/parseInput';
import {
  findPregnancy,
  insertPregnancy,
  openPregnancyOf,
  pregnanciesOfFamily,
  updatePregnancy,
  type PregnancyRow,
} from '../../db/repos/pregnancies';
import { createFamily } from '../../db/repos/families';
import { findRegistration, pregnantRegistrationsOfFamily, type RegistrationRow } from '../../db/repos/registrations';
import { findUser, setUserFamily } from '../../db/repos/users';
import type { PregnanciesTable } from '../../db/tables';
import { isUniqueViolation } from '../../db/uniqueViolation';
import { familyOfCaller } from '../children/access';
import type { FieldCrypto } from '../../security/fieldCrypto';
import { emptyInput, recordId } from '../common/schemas';
import { PREGNANCY_NOT_FOUND, pregnancyView } from './view';

export const ALREADY_OPEN = '已有一个进行中的孕期记录，请在“孕期保健”中查看';
export const NOT_THE_MOTHER = '请由孕妇本人登记孕期，或从登记了孕妇的生育登记开始';
const REGISTRATION_NOT_FOUND = '未找到该生育登记';

/** A pregnancy of the caller's family; any other is NOT_FOUND. */
export async function familyPregnancy(ctx: Ctx, id: string): Promise<PregnancyRow> {
  const familyId = await familyOfCaller(ctx);
  const row = await findPregnancy(ctx.db, id);
  if (!familyId || !row || row.family_id !== familyId) throw notFound(PREGNANCY_NOT_FOUND);
  return row;
}

export const mine = action(
  emptyInput,
  async (_input, ctx): Promise<MyPregnancies> => {
    const familyId = await familyOfCaller(ctx);
    if (!familyId) return { pregnancies: [], registrations: [] };
    const today = todayIn(ctx.clock.now());
    const rows = await pregnanciesOfFamily(ctx.db, familyId);
    const registrations = await pregnantRegistrationsOfFamily(ctx.db, familyId);
    return {
      pregnancies: rows.map((r) => {
        const age = r.delivery_date ? undefined : gestationalAgeOn({ startDate: r.start_date }, today);
        return {
          id: r.id,
          dueDate: r.due_date,
          delivered: r.delivery_date !== null,
          ...(age ? { gestationalAgeText: formatGestationalAge(age) } : {}),
        };
      }),
      registrations: registrations.map((r) => ({ id: r.id, number: r.number, ...(r.due_date ? { dueDate: r.due_date } : {}) })),
    };
  },
  requireCaller,
);

const idInput = strictFields('请求参数', { id: recordId('孕期记录') });

export const get = action(
  idInput,
  async ({ id }, ctx): Promise<PregnancyView> => pregnancyView(ctx, await familyPregnancy(ctx, id)),
  requireCaller,
);

export interface Dating {
  basis: DatingBasis;
  startDate: string;
  dueDate: string;
  lmp: string | null;
  scanDate: string | null;
  scanWeeks: number | null;
  scanDays: number | null;
}

/** The dating from the LMP / ultrasound fields (checked by datingSchema), else from a 预产期. */
export function datingFrom(fields: Record<string, unknown>, today: string, dueDate: string | null): Dating {
  const given = { lmp: fields.lmp, scanDate: fields.scanDate, scanWeeks: fields.scanWeeks, scanDays: fields.scanDays };
  if (hasDating(given)) {
    const parsed = parseInput(datingSchema(today), given);
    const input = datingInputOf(parsed);
    const d = datePregnancy(input);
    return {
      basis: d.basis,
      startDate: d.startDate,
      dueDate: d.dueDate,
      lmp: input.lmp ?? null,
      scanDate: input.ultrasound?.scanDate ?? null,
      scanWeeks: input.ultrasound?.weeks ?? null,
      scanDays: input.ultrasound?.days ?? null,
    };
  }
  if (dueDate) {
    const due = parseInput(v.object({ dueDate: dueDateSchema(today) }), { dueDate }).dueDate;
    return {
      basis: 'due_date',
      startDate: startFromDueDate(due),
      dueDate: due,
      lmp: null,
      scanDate: null,
      scanWeeks: null,
      scanDays: null,
    };
  }
  throw invalidInput({ lmp: '请填写末次月经第一天或B超检查结果' });
}

function datingColumns(
  d: Dating,
): Pick<PregnanciesTable, 'basis' | 'start_date' | 'due_date' | 'lmp' | 'scan_date' | 'scan_weeks' | 'scan_days'> {
  return {
    basis: d.basis,
    start_date: d.startDate,
    due_date: d.dueDate,
    lmp: d.lmp,
    scan_date: d.scanDate,
    scan_weeks: d.scanWeeks,
    scan_days: d.scanDays,
  };
}

export interface Mother {
  userId: string | null;
  name: string;
  idEnc: string;
  idHash: string;
  birthDate: string | null;
}

/** The caller when she is a woman; otherwise the woman her family's 生育登记 names. */
export function motherOf(
  crypto: FieldCrypto,
  user: {
    id: string;
    verified_name: string | null;
    id_number_enc: string | null;
    id_number_hash: string | null;
    sex: 'M' | 'F' | null;
    birth_date: string | null;
  },
  registration: RegistrationRow | undefined,
): Mother {
  if (user.sex === 'F' && user.verified_name && user.id_number_enc && user.id_number_hash) {
    return {
      userId: user.id,
      name: user.verified_name,
      idEnc: user.id_number_enc,
      idHash: user.id_number_hash,
      birthDate: user.birth_date,
    };
  }
  if (registration) {
    const side = registration.applicant_sex === 'F' ? 'applicant' : registration.spouse_sex === 'F' ? 'spouse' : null;
    if (side) {
      const idEnc = side === 'applicant' ? registration.applicant_id_enc : registration.spouse_id_enc;
      const check = checkIdNumber(crypto.decrypt(idEnc));
      return {
        userId: null,
        name: side === 'applicant' ? registration.applicant_name : registration.spouse_name,
        idEnc,
        idHash: side === 'applicant' ? registration.applicant_id_hash : registration.spouse_id_hash,
        birthDate: check.ok ? check.birthDate : null,
      };
    }
  }
  throw invalidInput({ registrationId: NOT_THE_MOTHER });
}

/**
 * Writes a new pregnancy for `mother` in the user's family (a new family when the user has none):
 * CONFLICT while she has one going on; one that has ended stops being her open one. Shared by
 * maternal.start and the demo seed.
 */
export async function createPregnancy(
  deps: Pick<Ctx, 'db' | 'clock'>,
  user: { id: string; family_id: string | null },
  mother: Mother,
  dating: Dating,
  registration: Pick<RegistrationRow, 'id' | 'family_id' | 'township'> | undefined,
): Promise<PregnancyRow> {
  const now = deps.clock.now();
  const open = await openPregnancyOf(deps.db, mother.idHash);
  if (open && !open.delivery_date) throw conflict(ALREADY_OPEN);
  if (open) await updatePregnancy(deps.db, open.id, open.version, { open_key: null, updated_at: now.toISOString() });

  let familyId = user.family_id ?? registration?.family_id ?? null;
  if (!familyId) {
    familyId = await createFamily(deps.db, now);
    await setUserFamily(deps.db, user.id, familyId);
  }
  const id = newId();
  try {
    await insertPregnancy(deps.db, {
      id,
      family_id: familyId,
      mother_user_id: mother.userId,
      mother_name: mother.name,
      mother_birth_date: mother.birthDate,
      mother_id_enc: mother.idEnc,
      mother_id_hash: mother.idHash,
      registration_id: registration?.id ?? null,
      township: registration?.township ?? null,
      ...datingColumns(dating),
      booked_on: null,
      booked_facility: null,
      outcome: null,
      delivery_date: null,
      discharge_date: null,
      open_key: mother.idHash,
      version: 1,
      created_by: user.id,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(ALREADY_OPEN);
    throw e;
  }
  return (await findPregnancy(deps.db, id))!;
}

export const start = action(
  startFields,
  async (input, ctx): Promise<PregnancyView> => {
    const caller = requireVerified(ctx);
    const today = todayIn(ctx.clock.now());
    const user = await findUser(ctx.db, caller.userId);
    if (!user) throw notFound();
    let registration: RegistrationRow | undefined;
    if (input.registrationId) {
      registration = await findRegistration(ctx.db, input.registrationId);
      if (!registration || registration.status !== 'registered' || registration.family_id !== user.family_id) {
        throw invalidInput({ registrationId: REGISTRATION_NOT_FOUND });
      }
    }
    const dating = datingFrom(input, today, registration?.due_date ?? null);
    const mother = motherOf(ctx.crypto, user, registration);
    return pregnancyView(ctx, await createPregnancy(ctx, user, mother, dating, registration), today);
  },
  requireVerified,
);

const correctInput = strictFields('孕期信息', {
  id: recordId('孕期记录'),
  version: v.pipe(v.number('请刷新页面后重试'), v.integer('请刷新页面后重试')),
  lmp: v.nullish(v.unknown()),
  scanDate: v.nullish(v.unknown()),
  scanWeeks: v.nullish(v.unknown()),
  scanDays: v.nullish(v.unknown()),
});

export const STALE = '孕期记录已被更新，请刷新后重试';

/** The family corrects the dating (a new LMP or an ultrasound), until the birth is recorded. */
export const correctDating = action(
  correctInput,
  async (input, ctx): Promise<PregnancyView> => {
    requireVerified(ctx);
    const row = await familyPregnancy(ctx, input.id);
    if (row.delivery_date) throw conflict('已记录分娩，孕周不能再更改');
    const today = todayIn(ctx.clock.now());
    const dating = datingFrom(input, today, null);
    if (!(await updatePregnancy(ctx.db, row.id, input.version, { ...datingColumns(dating), updated_at: ctx.clock.now().toISOString() })))
      throw conflict(STALE);
    return pregnancyView(ctx, (await findPregnancy(ctx.db, row.id))!, today);
  },
  requireVerified,
);

// One 生育登记 per pregnancy (or birth): the same couple, in either order, may not hold two active
// registrations for it. Due dates less than 180 days apart cannot be two pregnancies; a birth is
// the same birth on the same date. When the named spouse files the same pregnancy naming the
// applicant back, both have said the same thing: the spouse joins that registration's family and
// gets it, instead of a second one.
import { diffDays } from '../../../domain/dates';
import type { RegistrationInput } from '../../../domain/registration/types';
import { conflict } from '../../core/errors';
import type { Ctx } from '../../core/context';
import { activeRegistrationsOfCouple, type RegistrationRow } from '../../db/repos/registrations';

const SAME_PREGNANCY_DAYS = 180;

/** The registration in force for the same birth, if any. */
export async function activeRegistrationForSameBirth(ctx: Ctx, input: RegistrationInput): Promise<RegistrationRow | undefined> {
  const rows = await activeRegistrationsOfCouple(ctx.db, ctx.crypto.hash(input.applicant.idNumber), ctx.crypto.hash(input.spouse.idNumber));
  const same = rows.find((r) =>
    input.stage === 'pregnant'
      ? r.stage === 'pregnant' &&
        r.due_date !== null &&
        input.dueDate !== undefined &&
        Math.abs(diffDays(r.due_date, input.dueDate)) < SAME_PREGNANCY_DAYS
      : r.stage === 'born'
        ? r.birth_date === input.birthDate
        : r.due_date !== null && input.birthDate !== undefined && Math.abs(diffDays(r.due_date, input.birthDate)) < SAME_PREGNANCY_DAYS,
  );
  return same;
}

export function duplicateRegistration(input: RegistrationInput, existing: RegistrationRow) {
  return conflict(
    `这次${input.stage === 'pregnant' ? '怀孕' : '生育'}已有有效的生育登记（凭证编号 ${existing.number}），无需重复登记；如需修改，请在“办件”中打开该凭证申请更正`,
  );
}

// One 生育登记 per pregnancy (or birth): the same couple, in either order, may not hold two active
// registrations for it. Due dates less than 180 days apart cannot be two pregnancies; a birth is
// the same birth on the same date.
import { diffDays } from '../../../domain/dates';
import type { RegistrationInput } from '../../../domain/registration/types';
import { conflict } from '../../core/errors';
import type { Ctx } from '../../core/context';
import { activeRegistrationsOfCouple } from '../../db/repos/registrations';

const SAME_PREGNANCY_DAYS = 180;

export async function assertNoActiveRegistrationForSameBirth(ctx: Ctx, input: RegistrationInput): Promise<void> {
  const rows = await activeRegistrationsOfCouple(ctx.db, ctx.crypto.hash(input.applicant.idNumber), ctx.crypto.hash(input.spouse.idNumber));
  const same = rows.find((r) =>
    input.stage === 'pregnant'
      ? r.stage === 'pregnant' && r.due_date !== null && input.dueDate !== undefined && Math.abs(diffDays(r.due_date, input.dueDate)) < SAME_PREGNANCY_DAYS
      : r.stage === 'born' ? r.birth_date === input.birthDate : r.due_date !== null && input.birthDate !== undefined && Math.abs(diffDays(r.due_date, input.birthDate)) < SAME_PREGNANCY_DAYS,
  );
  if (same) {
    throw conflict(`这次${input.stage === 'pregnant' ? '怀孕' : '生育'}已有有效的生育登记（凭证编号 ${same.number}），无需重复登记；如需修改，请在“办件”中打开该凭证申请更正`);
  }
}

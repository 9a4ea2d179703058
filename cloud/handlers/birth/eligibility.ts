import { checkEligibility, eligibilitySchema } from '../../../domain/birth/eligibility';
import type { EligibilityResult, ExistingBirthCase } from '../../../domain/birth/types';
import { todayIn } from '../../../domain/dates';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { requireVerified } from '../../core/guards';
import { familyCasesBornOn } from '../../db/repos/birthCases';
import { familyOfCaller } from '../children/access';
import { birthCaseLink, CASE_STATUS_TEXT } from './record';

/** The family's cases for a child born on `birthDate`, oldest first. */
async function existingCases(ctx: Ctx, birthDate: string): Promise<ExistingBirthCase[]> {
  const familyId = await familyOfCaller(ctx);
  if (!familyId) return [];
  const rows = await familyCasesBornOn(ctx.db, familyId, birthDate);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    childName: r.child_name,
    childBirthDate: r.child_birth_date,
    status: r.status,
    statusText: CASE_STATUS_TEXT[r.status],
    link: birthCaseLink(r.id),
  }));
}

/**
 * The questions before the form: eligible, or the offline guides for every condition not met; and,
 * before any form is filled, the family's cases already made for a child born that day.
 */
export const eligibility = action(
  (ctx) => eligibilitySchema(todayIn(ctx.clock.now())),
  async (input, ctx): Promise<EligibilityResult> => {
    const result = checkEligibility(input, todayIn(ctx.clock.now()));
    const existing = await existingCases(ctx, input.birthDate);
    return existing.length > 0 ? { ...result, existing } : result;
  },
  requireVerified,
);

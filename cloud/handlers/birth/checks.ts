// What the server checks beyond the schema: things only it can know (who owns an upload, which
// 生育登记 the caller may build on) and the eligibility gate, re-checked whatever the client said.
import type { BirthApplicationInput, IneligibleReason } from '../../../domain/birth/types';
import { ineligibleReasons, offlineGuide } from '../../../domain/birth/eligibility';
import type { Ctx } from '../../core/context';
import { invalidInput } from '../../core/errors';
import { findFiles } from '../../db/repos/files';
import { findRegistration } from '../../db/repos/registrations';
import type { UserRow } from '../../db/repos/users';

export const ATTACHMENT_NOT_YOURS = '附件不存在或不属于您，请重新上传';

const REASON_FIELD: Readonly<Record<IneligibleReason, string>> = {
  not_born_yet: 'child.birthDate',
  not_in_institution: 'child.hospitalId',
  not_first_issue: 'child.hospitalId',
  over_one_year: 'child.birthDate',
  no_local_hukou: 'applicant.hukouTownship',
};

/** Hospital listed, child under one year, a parent with 盈江 hukou (the first issue is the form's own answer). */
export function assertEligible(input: BirthApplicationInput, today: string, pathPrefix = ''): void {
  const reasons = ineligibleReasons(
    {
      hospitalId: input.child.hospitalId,
      firstIssue: true,
      birthDate: input.child.birthDate,
      localHukouParent: input.applicant.hukouTownship !== 'outside' || input.otherParent.hukouTownship !== 'outside',
    },
    today,
  );
  if (reasons.length === 0) return;
  const fields: Record<string, string> = {};
  for (const reason of reasons) fields[`${pathPrefix}${REASON_FIELD[reason]}`] ??= offlineGuide(reason).why;
  throw invalidInput(fields);
}

/** Every attachment is a file the caller uploaded, of the kind it claims to be. */
export async function assertAttachmentsOwned(ctx: Ctx, userId: string, input: BirthApplicationInput, pathPrefix = ''): Promise<void> {
  const files = new Map(
    (
      await findFiles(
        ctx.db,
        input.attachments.map((a) => a.fileId),
      )
    ).map((f) => [f.id, f]),
  );
  const fields: Record<string, string> = {};
  input.attachments.forEach((a, i) => {
    const file = files.get(a.fileId);
    if (!file || file.owner_user_id !== userId || file.kind !== a.kind)
      fields[`${pathPrefix}attachments.${i}.fileId`] = ATTACHMENT_NOT_YOURS;
  });
  if (Object.keys(fields).length > 0) throw invalidInput(fields);
}

export const REGISTRATION_NOT_USABLE = '未找到该生育登记，请重新选择或留空';
export const REGISTRATION_OTHER_COUPLE = '所选生育登记的夫妻双方与本次申请的父母不一致，请重新选择或留空';

/**
 * The 生育登记 named must be still registered and the caller's: one they filed, or one of their own
 * family naming them as spouse (being named is not enough). Its couple must be this application's
 * applicant and other parent, so a case cannot borrow another couple's registration.
 */
export async function assertRegistrationUsable(ctx: Ctx, user: UserRow, input: BirthApplicationInput, pathPrefix = ''): Promise<void> {
  if (!input.registrationId) return;
  const field = `${pathPrefix}registrationId`;
  const row = await findRegistration(ctx.db, input.registrationId);
  const mine =
    row &&
    (row.applicant_user_id === user.id ||
      (user.id_number_hash !== null && row.spouse_id_hash === user.id_number_hash && user.family_id === row.family_id));
  if (!row || !mine || row.status !== 'registered') throw invalidInput({ [field]: REGISTRATION_NOT_USABLE });
  const couple = [row.applicant_id_hash, row.spouse_id_hash].sort();
  const parents = [ctx.crypto.hash(input.applicant.idNumber), ctx.crypto.hash(input.otherParent.idNumber)].sort();
  if (couple[0] !== parents[0] || couple[1] !== parents[1]) throw invalidInput({ [field]: REGISTRATION_OTHER_COUPLE });
}

// What the server checks beyond the schema: things only it can know (who owns an upload, which
// 生育登记 the caller may build on) and the eligibility gate, re-checked whatever the client said.
import type { BirthApplicationInput } from '../../../domain/birth/types';
import { ineligibleReasons, offlineGuide } from '../../../domain/birth/eligibility';
import type { IneligibleReason } from '../../../domain/birth/types';
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
  const files = new Map((await findFiles(ctx.db, input.attachments.map((a) => a.fileId))).map((f) => [f.id, f]));
  const fields: Record<string, string> = {};
  input.attachments.forEach((a, i) => {
    const file = files.get(a.fileId);
    if (!file || file.owner_user_id !== userId || file.kind !== a.kind) fields[`${pathPrefix}attachments.${i}.fileId`] = ATTACHMENT_NOT_YOURS;
  });
  if (Object.keys(fields).length > 0) throw invalidInput(fields);
}

/** The 生育登记 named must be one the caller filed or is the spouse in, and still registered. */
export async function assertRegistrationUsable(ctx: Ctx, user: UserRow, input: BirthApplicationInput, pathPrefix = ''): Promise<void> {
  if (!input.registrationId) return;
  const row = await findRegistration(ctx.db, input.registrationId);
  const mine = row && (row.applicant_user_id === user.id || (user.id_number_hash !== null && row.spouse_id_hash === user.id_number_hash));
  if (!row || !mine || row.status !== 'registered') {
    throw invalidInput({ [`${pathPrefix}registrationId`]: '未找到该生育登记，请重新选择或留空' });
  }
}

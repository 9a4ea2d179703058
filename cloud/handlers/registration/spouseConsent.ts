// Spouse consent (issue 14): anyone can type anyone's ID number into the spouse field, so naming a
// person never moves them into the applicant's family. The named person, once verified, gets an
// inbox message and answers 这是我 (they join the family) or 这不是我 (the applicant is told plainly).
// Until then the registration shows 待配偶确认 and every family link (children, subsidies, the
// registration itself) treats them as not joined.
import type { SpouseRequestView } from '../../../domain/api/contract';
import { pageUrl } from '../../../domain/routes';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { requireVerified } from '../../core/guards';
import { findRegistration, registrationsAwaitingSpouse, updateRegistration, type RegistrationRow } from '../../db/repos/registrations';
import { findUser, findUserByIdHash } from '../../db/repos/users';
import { recordId } from '../common/schemas';
import { registrationLink } from './caseRecord';
import { joinIfFamilyless } from './family';

export const SPOUSE_REQUEST_NOT_FOUND = '未找到需要您确认的生育登记';
export const SPOUSE_ALREADY_ANSWERED = '您已答复过这份生育登记的配偶确认';

export function spouseConfirmLink(id: string): string {
  return pageUrl('/packages/registration/spouse/index', { id });
}

type Deps = Pick<Ctx, 'db' | 'notify' | 'clock'>;

/**
 * After a registration names a spouse (filed, or corrected to another person): the answer starts
 * over. A spouse who is already a member of this family (by their own earlier filing) has nothing to
 * confirm; anyone else is asked, when they have an account, by an inbox message.
 */
export async function askSpouse(
  deps: Deps,
  row: Pick<RegistrationRow, 'id' | 'number' | 'family_id' | 'spouse_id_hash' | 'applicant_name' | 'applicant_user_id'>,
): Promise<void> {
  const spouse = await findUserByIdHash(deps.db, row.spouse_id_hash);
  const alreadyJoined =
    spouse !== undefined && spouse.verified_at !== null && spouse.family_id === row.family_id && spouse.id !== row.applicant_user_id;
  await updateRegistration(deps.db, row.id, { spouse_consent: alreadyJoined ? 'confirmed' : 'pending', spouse_answered_at: null });
  if (!spouse || alreadyJoined || spouse.verified_at === null || spouse.id === row.applicant_user_id) return;
  await deps.notify.send(spouse.id, {
    title: '请确认配偶信息',
    body: `${row.applicant_name}在生育登记（编号 ${row.number}）中填写您为配偶。请确认是否是您本人：确认后您将与对方组成家庭，共同查看登记、孩子和补贴信息。`,
    link: spouseConfirmLink(row.id),
  });
}

function requestView(row: RegistrationRow): SpouseRequestView {
  return {
    id: row.id,
    number: row.number,
    applicantName: row.applicant_name,
    createdAt: row.created_at,
    status: row.status,
    spouseConsent: row.spouse_consent,
  };
}

/** The registration naming the caller as spouse; NOT_FOUND for anyone else, so ids cannot be probed. */
async function namingCaller(ctx: Ctx, id: string): Promise<{ row: RegistrationRow; userId: string; idHash: string }> {
  const caller = requireVerified(ctx);
  const user = await findUser(ctx.db, caller.userId);
  const row = await findRegistration(ctx.db, id);
  if (!user || !row || user.id_number_hash === null || row.spouse_id_hash !== user.id_number_hash || row.applicant_user_id === user.id) {
    throw notFound(SPOUSE_REQUEST_NOT_FOUND);
  }
  return { row, userId: user.id, idHash: user.id_number_hash };
}

export const spouseRequest = action(
  strictFields('请求参数', { id: recordId() }),
  async ({ id }, ctx): Promise<SpouseRequestView> => requestView((await namingCaller(ctx, id)).row),
  requireVerified,
);

export const answerSpouse = action(
  strictFields('确认信息', { id: recordId(), answer: oneOf('确认结果', ['confirm', 'refuse'] as const) }),
  async ({ id, answer }, ctx): Promise<SpouseRequestView> => {
    const { row, idHash } = await namingCaller(ctx, id);
    const wanted = answer === 'confirm' ? 'confirmed' : 'refused';
    if (row.spouse_consent === wanted) return requestView(row);
    if (row.spouse_consent !== 'pending') throw conflict(SPOUSE_ALREADY_ANSWERED);
    if (row.status !== 'registered') throw conflict('该生育登记已注销，无需确认');

    const now = ctx.clock.now();
    await updateRegistration(ctx.db, id, { spouse_consent: wanted, spouse_answered_at: now.toISOString() });
    if (wanted === 'confirmed') {
      await joinIfFamilyless(ctx.db, row.family_id, idHash);
      await ctx.notify.send(row.applicant_user_id, {
        title: '配偶已确认',
        body: `${row.spouse_name}已确认您的生育登记（编号 ${row.number}）中的配偶信息。`,
        link: registrationLink(id),
      });
    } else {
      await ctx.notify.send(row.applicant_user_id, {
        title: '配偶未确认',
        body: `您的生育登记（编号 ${row.number}）中填写的配偶表示“这不是我”，对方不会加入您的家庭。请核对配偶的姓名和公民身份号码，并在登记凭证页更正。`,
        link: registrationLink(id),
      });
    }
    const updated = await findRegistration(ctx.db, id);
    if (!updated) throw new Error('registration vanished inside its own transaction');
    return requestView(updated);
  },
  requireVerified,
);

/**
 * For the real-name check (account.verifyIdentity): a person who verifies after someone named them
 * as spouse is asked now, one message per registration still waiting for them. Their family is
 * never taken from those registrations; they join one only by answering 这是我.
 */
export async function askNewlyVerifiedSpouse(deps: Deps, idHash: string): Promise<number> {
  const waiting = await registrationsAwaitingSpouse(deps.db, idHash);
  for (const row of waiting) await askSpouse(deps, row);
  return waiting.length;
}

// The other parent named in a 出生一件事 application answers before they join the applicant's family,
// as the spouse of a 生育登记 does (registration/spouseConsent.ts): anyone can type anyone's ID
// number, so being named moves no one. The named person, once verified, gets an inbox message and
// answers 这是我 (they join the family and see the case, the child, the subsidies) or 这不是我 (the
// applicant is told plainly; the case goes on, the departments check the parents' papers anyway).
import type { OtherParentRequestView } from '../../../domain/api/contract';
import { oneOf, strictFields } from '../../../domain/validation';
import { pageUrl } from '../../../domain/routes';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { requireVerified } from '../../core/guards';
import { casesAwaitingOtherParent, findBirthCase, setOtherParentConsent, type BirthCaseRow } from '../../db/repos/birthCases';
import { findUser, findUserByIdHash } from '../../db/repos/users';
import { recordId } from '../common/schemas';
import { joinIfFamilyless } from '../registration/family';
import { applicationOf, birthCaseLink } from './record';

export const OTHER_PARENT_REQUEST_NOT_FOUND = '未找到需要您确认的出生一件事申请';
export const OTHER_PARENT_ALREADY_ANSWERED = '您已答复过这份申请的父母确认';

export function otherParentConfirmLink(id: string): string {
  return pageUrl('/packages/birth/parent-confirm/index', { id });
}

type Deps = Pick<Ctx, 'db' | 'notify' | 'clock' | 'crypto'>;
type AskedCase = Pick<BirthCaseRow, 'id' | 'number' | 'family_id' | 'other_parent_id_hash' | 'applicant_user_id' | 'child_name'>;

/**
 * After an application names the other parent (filed, or fixed to another person): the answer starts
 * over. Someone already in this family (by their own filing, or an earlier 这是我) has nothing to
 * confirm; anyone else with a verified account is asked by an inbox message.
 */
export async function askOtherParent(deps: Deps, row: AskedCase, applicantName: string): Promise<void> {
  const other = await findUserByIdHash(deps.db, row.other_parent_id_hash);
  const alreadyJoined =
    other !== undefined && other.verified_at !== null && other.family_id === row.family_id && other.id !== row.applicant_user_id;
  await setOtherParentConsent(deps.db, row.id, alreadyJoined ? 'confirmed' : 'pending', null);
  if (!other || alreadyJoined || other.verified_at === null || other.id === row.applicant_user_id) return;
  await deps.notify.send(other.id, {
    title: '请确认孩子的父母信息',
    body:
      `${applicantName}为孩子${row.child_name}申请“出生一件事”（办件编号 ${row.number}）时填写您为孩子的父亲或母亲。` +
      '请确认是否是您本人：确认后您将与对方组成家庭，共同查看办件、孩子的接种和补贴信息。',
    link: otherParentConfirmLink(row.id),
  });
}

function requestView(row: BirthCaseRow, applicantName: string): OtherParentRequestView {
  return {
    id: row.id,
    number: row.number,
    applicantName,
    childName: row.child_name,
    childBirthDate: row.child_birth_date,
    createdAt: row.created_at,
    consent: row.other_parent_consent,
  };
}

/** The case naming the caller as the other parent; NOT_FOUND for anyone else, so ids cannot be probed. */
async function namingCaller(ctx: Ctx, id: string): Promise<{ row: BirthCaseRow; idHash: string; applicantName: string }> {
  const caller = requireVerified(ctx);
  const user = await findUser(ctx.db, caller.userId);
  const row = await findBirthCase(ctx.db, id);
  if (
    !user ||
    !row ||
    user.id_number_hash === null ||
    row.other_parent_id_hash !== user.id_number_hash ||
    row.applicant_user_id === user.id
  ) {
    throw notFound(OTHER_PARENT_REQUEST_NOT_FOUND);
  }
  return { row, idHash: user.id_number_hash, applicantName: applicationOf(row, ctx.crypto).applicant.name };
}

export const otherParentRequest = action(
  strictFields('请求参数', { id: recordId() }),
  async ({ id }, ctx): Promise<OtherParentRequestView> => {
    const { row, applicantName } = await namingCaller(ctx, id);
    return requestView(row, applicantName);
  },
  requireVerified,
);

export const answerOtherParent = action(
  strictFields('确认信息', { id: recordId(), answer: oneOf('确认结果', ['confirm', 'refuse'] as const) }),
  async ({ id, answer }, ctx): Promise<OtherParentRequestView> => {
    const { row, idHash, applicantName } = await namingCaller(ctx, id);
    const wanted = answer === 'confirm' ? 'confirmed' : 'refused';
    if (row.other_parent_consent === wanted) return requestView(row, applicantName);
    if (row.other_parent_consent !== 'pending') throw conflict(OTHER_PARENT_ALREADY_ANSWERED);

    const now = ctx.clock.now();
    await setOtherParentConsent(ctx.db, id, wanted, now.toISOString());
    const named = applicationOf(row, ctx.crypto).otherParent.name;
    if (wanted === 'confirmed') {
      await joinIfFamilyless(ctx.db, row.family_id, idHash);
      await ctx.notify.send(row.applicant_user_id, {
        title: '孩子的父母信息已确认',
        body: `${named}已确认“出生一件事”（办件编号 ${row.number}）中填写的父母信息，你们可以共同查看办件和孩子的信息。`,
        link: birthCaseLink(id),
      });
    } else {
      await ctx.notify.send(row.applicant_user_id, {
        title: '孩子的父母信息未确认',
        body:
          `您在“出生一件事”（办件编号 ${row.number}）中填写的孩子的父亲或母亲表示“这不是我”，对方不会加入您的家庭。` +
          '请核对姓名和公民身份号码；如填写有误，办理部门退回时可以一并更正。',
        link: birthCaseLink(id),
      });
    }
    const updated = await findBirthCase(ctx.db, id);
    if (!updated) throw new Error('birth case vanished inside its own transaction');
    return requestView(updated, applicantName);
  },
  requireVerified,
);

/**
 * For the real-name check (account.verifyIdentity): a person who verifies after an application named
 * them as the other parent is asked now, one message per case still waiting for them.
 */
export async function askNewlyVerifiedOtherParent(deps: Deps, idHash: string): Promise<number> {
  const waiting = await casesAwaitingOtherParent(deps.db, idHash);
  for (const row of waiting) await askOtherParent(deps, row, applicationOf(row, deps.crypto).applicant.name);
  return waiting.length;
}

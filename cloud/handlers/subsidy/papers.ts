// The child's papers a parent types when the system does not hold them: checked against the child
// (birth date and sex in the ID number, nobody else's number, their own 户口簿 upload), and the ID
// number stored on the child, encrypted with its lookup hash, as the police's would be.
import { checkIdNumber } from '../../../domain/identity/idNumber';
import { SUBSIDY_LABELS } from '../../../domain/subsidy/schema';
import type { ChildPapersInput } from '../../../domain/subsidy/types';
import type { Ctx } from '../../core/context';
import { invalidInput } from '../../core/errors';
import { caseOfChildIdHash } from '../../db/repos/birthCases';
import { childByIdHash, updateChild, type ChildRow } from '../../db/repos/children';
import { findFile } from '../../db/repos/files';
import { refusedAsDuplicate } from '../../db/uniqueViolation';

const SEX_TEXT = { M: '男', F: '女' } as const;
export const ID_OF_ANOTHER_CHILD = `该${SUBSIDY_LABELS.idNumber}已登记给其他孩子，请核对`;
export const HUKOU_BOOK_NOT_YOURS = `${SUBSIDY_LABELS.hukouBookFileId}不存在或不属于您，请重新上传`;

const idTaken = () => invalidInput({ 'papers.idNumber': ID_OF_ANOTHER_CHILD });

export async function checkPapers(
  ctx: Pick<Ctx, 'db' | 'crypto'>,
  userId: string,
  child: ChildRow,
  papers: ChildPapersInput,
): Promise<void> {
  const checked = checkIdNumber(papers.idNumber);
  if (!checked.ok || checked.birthDate !== child.birth_date) {
    throw invalidInput({ 'papers.idNumber': `${SUBSIDY_LABELS.idNumber}中的出生日期与孩子的出生日期（${child.birth_date}）不一致` });
  }
  if (child.sex && checked.sex !== child.sex) {
    throw invalidInput({ 'papers.idNumber': `${SUBSIDY_LABELS.idNumber}中的性别与孩子的性别（${SEX_TEXT[child.sex]}）不一致` });
  }
  const hash = ctx.crypto.hash(papers.idNumber);
  const holder = await childByIdHash(ctx.db, hash);
  const caseId = await caseOfChildIdHash(ctx.db, hash);
  if ((holder && holder.id !== child.id) || (caseId && caseId !== child.birth_case_id)) throw idTaken();

  const file = await findFile(ctx.db, papers.hukouBookFileId);
  if (!file || file.owner_user_id !== userId || file.kind !== 'hukou_book')
    throw invalidInput({ 'papers.hukouBookFileId': HUKOU_BOOK_NOT_YOURS });
}

/** The number checked by checkPapers; the unique index catches one registered to another child meanwhile. */
export async function storeChildIdNumber(deps: Pick<Ctx, 'db' | 'crypto' | 'clock'>, child: ChildRow, idNumber: string): Promise<void> {
  await refusedAsDuplicate(
    () =>
      updateChild(deps.db, child.id, {
        id_number_enc: deps.crypto.encrypt(idNumber),
        id_number_hash: deps.crypto.hash(idNumber),
        updated_at: deps.clock.now().toISOString(),
      }),
    idTaken,
  );
}

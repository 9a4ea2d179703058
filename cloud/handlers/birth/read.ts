import { birthCasesOfPerson } from '../../db/repos/birthCases';
import { familyRecordReads } from '../common/familyRecordReads';
import { ownCase, visibleCase } from './access';
import { applicationOf } from './record';
import { viewOfCase, viewsOfCases } from './view';

/**
 * `mine`: the caller's cases (as applicant or family member), newest first, the child's ID number
 * masked. `get`: the case page, the family's own results in full (see record.ts). `editable`: the
 * applicant's own full input (clear ID numbers and phones), to fix a rejected step.
 */
export const { mine, get, editable } = familyRecordReads({
  rowsOf: (ctx, user) => birthCasesOfPerson(ctx.db, { userId: user.id, familyId: user.family_id }),
  listed: (ctx, rows) => viewsOfCases(ctx, rows, false),
  visible: visibleCase,
  view: (ctx, row) => viewOfCase(ctx, row, true),
  own: ownCase,
  input: (ctx, row) => applicationOf(row, ctx.crypto),
});

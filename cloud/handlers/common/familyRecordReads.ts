// The three reads of a record a family files (a 出生一件事 case, a 生育登记): the caller's own list,
// one record they may see, and the applicant's own input to fix or correct it. Who may see and who
// may change a record is the feature's own rule (its access.ts); this is only what the three do with it.
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { requireCaller } from '../../core/guards';
import { findUser, type UserRow } from '../../db/repos/users';
import { emptyInput, idInput } from './schemas';

export interface FamilyRecordSpec<Row, Item, View, Input> {
  /** The rows the signed-in user may list (as applicant or family member), newest first. */
  rowsOf: (ctx: Ctx, user: UserRow) => Promise<Row[]>;
  listed: (ctx: Ctx, rows: Row[]) => Promise<Item[]>;
  /** The row if the caller may see it; NOT_FOUND otherwise. */
  visible: (ctx: Ctx, id: string) => Promise<{ row: Row }>;
  view: (ctx: Ctx, row: Row) => Promise<View>;
  /** The row if the caller may change it (the applicant). */
  own: (ctx: Ctx, id: string) => Promise<{ row: Row }>;
  /** The applicant's full input in clear, to prefill the form. */
  input: (ctx: Ctx, row: Row) => Input;
}

export function familyRecordReads<Row, Item, View, Input>(spec: FamilyRecordSpec<Row, Item, View, Input>) {
  return {
    mine: action(
      emptyInput,
      async (_input, ctx): Promise<Item[]> => {
        const user = await findUser(ctx.db, requireCaller(ctx).userId);
        return user ? spec.listed(ctx, await spec.rowsOf(ctx, user)) : [];
      },
      requireCaller,
    ),
    get: action(idInput, async ({ id }, ctx) => spec.view(ctx, (await spec.visible(ctx, id)).row), requireCaller),
    editable: action(idInput, async ({ id }, ctx) => spec.input(ctx, (await spec.own(ctx, id)).row), requireCaller),
  };
}

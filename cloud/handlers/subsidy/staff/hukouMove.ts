// The police record a child's hukou moving out of 盈江. The engine stops what 盈江 pays from the month
// after the move (rules.ts: national 育儿补贴, hukou 'local'); the family is told. Audit-logged.
import { compareDates, todayIn } from '../../../../domain/dates';
import { hukouMoveSchema } from '../../../../domain/subsidy/schema';
import { action } from '../../../core/action';
import { conflict, invalidInput, notFound } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { appendAudit } from '../../../db/repos/audit';
import { findChild, parentsOfFamily } from '../../../db/repos/children';
import { insertMove } from '../../../db/repos/hukouMoves';
import { CHILD_NOT_FOUND } from '../../children/record';
import { SUBSIDY_INDEX_LINK } from '../dueItems';
import { childRecord } from '../facts';
import { requirePolice } from './guards';

const DESTINATION_TEXT = { yunnan_other: '云南省内其他县（市、区）', outside_yunnan: '云南省外' } as const;

export const recordHukouMove = action(
  (ctx) => hukouMoveSchema(todayIn(ctx.clock.now())),
  async ({ childId, movedOn, destination }, ctx) => {
    const clerk = requirePolice(ctx);
    const now = ctx.clock.now();
    const child = await findChild(ctx.db, childId);
    if (!child) throw notFound(CHILD_NOT_FOUND);
    const current = (await childRecord(ctx, child)).facts.hukou.at(-1);
    if (!current) throw conflict(`系统中还没有${child.name}在盈江县的户口登记记录，无法登记迁出`);
    if (current.place !== 'yingjiang') throw conflict(`${child.name}的户口已不在盈江县，无需再次登记迁出`);
    if (compareDates(movedOn, current.from) < 0)
      throw invalidInput({ movedOn: `户口迁出日期不能早于孩子户口在盈江县登记的日期（${current.from}）` });

    await insertMove(ctx.db, {
      id: newId(),
      child_id: child.id,
      moved_on: movedOn,
      destination,
      recorded_by: clerk.userId,
      recorded_at: now.toISOString(),
    });
    await appendAudit(
      ctx.db,
      {
        actorUserId: clerk.userId,
        actorRole: 'police',
        action: 'hukou.move',
        targetType: 'child',
        targetId: child.id,
        detail: { movedOn, destination },
      },
      now,
    );
    for (const parent of await parentsOfFamily(ctx.db, child.family_id)) {
      await ctx.notify.send(parent, {
        title: '孩子户口迁出已登记',
        body:
          `${child.name}的户口已于${movedOn}迁往${DESTINATION_TEXT[destination]}。在盈江县申领的补贴自迁出次月起停发，` +
          '迁出后的育儿补贴请向新户籍所在地申领。',
        link: SUBSIDY_INDEX_LINK,
      });
    }
    return { ok: true as const };
  },
  requirePolice,
);

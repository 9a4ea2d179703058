// 我的补贴: every child of the caller's family with the facts the engine runs on (the page runs it for
// the preview; the server runs it again on apply), who applies for them and the applications so far.
import type { ChildSubsidies } from '../../../domain/subsidy/types';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';
import { childrenOfFamily } from '../../db/repos/children';
import { applicationsOfFamily } from '../../db/repos/subsidies';
import { emptyInput, idInput } from '../common/schemas';
import { familyApplicationFor, verifiedParent } from './access';
import { applicantOf, lastAccountOf } from './applicant';
import { childRecords } from './facts';
import { currentPolicy } from './policy';
import { accountView } from './record';
import { applicationViews } from './views';

export const overview = action(
  emptyInput,
  async (_input, ctx): Promise<ChildSubsidies[]> => {
    const user = await verifiedParent(ctx);
    if (!user.family_id) return [];
    const children = await childrenOfFamily(ctx.db, user.family_id);
    if (children.length === 0) return [];
    const [records, rows, policy] = await Promise.all([
      childRecords(ctx, children),
      applicationsOfFamily(ctx.db, user.family_id),
      currentPolicy(ctx),
    ]);
    const views = await applicationViews(ctx, rows);
    // Rows come newest first; the applicant and the last account are read oldest first. One applicant
    // applies for every child of the family.
    const applicant = applicantOf([...rows].reverse());
    return records.map(({ child, facts, papersNeeded }) => {
      const own = rows.filter((r) => r.child_id === child.id).reverse();
      const last = lastAccountOf(own);
      const item: ChildSubsidies = {
        child: { id: child.id, name: child.name, birthDate: child.birth_date },
        facts,
        papersNeeded,
        canApply: !applicant || applicant.userId === user.id,
        policy,
        applications: views.filter((v) => v.childId === child.id),
      };
      if (applicant) item.applicantName = applicant.name;
      if (last) item.previousAccount = accountView(last);
      return item;
    });
  },
  requireVerified,
);

export const get = action(
  idInput,
  async ({ id }, ctx) => {
    const user = await verifiedParent(ctx);
    const row = await familyApplicationFor(ctx, user, id);
    const [view] = await applicationViews(ctx, [row]);
    return view!;
  },
  requireVerified,
);

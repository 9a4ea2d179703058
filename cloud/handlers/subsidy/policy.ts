// The subsidy rules as the health bureau has set them (domain/subsidy/policySettings.ts): read by
// every handler that runs the engine, by the pages (subsidy.policy, no sign-in: it is public
// policy), and set by the bureau (subsidy.setSubsidyPolicy), each change audited with its source.
import { todayIn } from '../../../domain/dates';
import {
  COUNTY_CHILDCARE_AFTER_2025,
  COUNTY_CHILDCARE_OPTIONS,
  DEFAULT_SUBSIDY_POLICY,
  rulesFor,
  type CountyChildcareAfter2025,
  type SubsidyPolicy,
} from '../../../domain/subsidy/policySettings';
import type { RuleSet } from '../../../domain/subsidy/ruleTypes';
import { setSubsidyPolicySchema } from '../../../domain/subsidy/schema';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { requireRole } from '../../core/guards';
import { appendAudit } from '../../db/repos/audit';
import { findPolicySetting, upsertPolicySetting } from '../../db/repos/policySettings';
import { emptyInput } from '../common/schemas';

const BUREAU_ONLY = '仅卫生健康局工作人员可以变更政策设置';

export async function currentPolicy(ctx: Pick<Ctx, 'db'>): Promise<SubsidyPolicy> {
  const row = await findPolicySetting(ctx.db, COUNTY_CHILDCARE_AFTER_2025);
  if (!row || !(row.value in COUNTY_CHILDCARE_OPTIONS)) return DEFAULT_SUBSIDY_POLICY;
  return {
    countyChildcareAfter2025: {
      value: row.value as CountyChildcareAfter2025,
      source: row.source,
      decidedOn: todayIn(new Date(row.set_at)),
    },
  };
}

export async function currentRules(ctx: Pick<Ctx, 'db'>): Promise<RuleSet> {
  return rulesFor(await currentPolicy(ctx));
}

export const policy = action(emptyInput, async (_input, ctx): Promise<SubsidyPolicy> => currentPolicy(ctx));

export const setSubsidyPolicy = action(
  setSubsidyPolicySchema,
  async ({ value, source }, ctx): Promise<SubsidyPolicy> => {
    const clerk = requireRole(ctx, 'health_bureau', BUREAU_ONLY);
    const now = ctx.clock.now();
    const before = await currentPolicy(ctx);
    await upsertPolicySetting(ctx.db, { key: COUNTY_CHILDCARE_AFTER_2025, value, source, set_by: clerk.userId, set_at: now.toISOString() });
    await appendAudit(
      ctx.db,
      {
        actorUserId: clerk.userId,
        actorRole: 'health_bureau',
        action: 'policy.setting',
        targetType: 'policy_setting',
        targetId: COUNTY_CHILDCARE_AFTER_2025,
        detail: { key: COUNTY_CHILDCARE_AFTER_2025, from: before.countyChildcareAfter2025.value, value, source },
      },
      now,
    );
    return currentPolicy(ctx);
  },
  (ctx) => requireRole(ctx, 'health_bureau', BUREAU_ONLY),
);

// Subsidy figures for a period (seed 二(四)1), per rule of the rule set:
//   claims     payment lines of applications submitted in the period (one line = one rule, one period
//              of one child); approved = of those, lines of applications approved (paid ones included:
//              they were approved first); rejected = lines of rejected applications;
//   paid       lines of applications paid in the period (by payout month), and their amount;
//   by quarter amounts paid, by the quarter of the payout month.
// Read from subsidy_counts (lines counted per month, township, rule and measure, moved by every write
// of an application): a province's year is a few hundred rows.
// With a township: the child's birth as the fact table placed it when the application was made (a
// 出生一件事 child), else the township of the 生育登记 that listed the child.
import type { Kysely } from 'kysely';
import { quarterOf } from '../../../domain/dashboard/period';
import type { SubsidyFigures } from '../../../domain/dashboard/types';
import { RULES } from '../../../domain/subsidy/rules';
import { PAID_MEASURE, subsidyCountCells } from '../../db/repos/subsidyCounts';
import type { Database } from '../../db/tables';
import type { FigureScope } from './scope';

type RuleRow = SubsidyFigures['byRule'][number];

export async function subsidyFigures(db: Kysely<Database>, scope: FigureScope): Promise<SubsidyFigures> {
  const cells = await subsidyCountCells(db, scope);

  const byRule = new Map<string, RuleRow>(
    RULES.rules.map((r) => [r.id, { ruleId: r.id, ruleName: r.name, claims: 0, approved: 0, rejected: 0, paid: 0, paidFen: 0 }]),
  );
  // A rule of an older rule set that the current one no longer lists keeps the name it was claimed under.
  const ruleRow = (ruleId: string, ruleName: string): RuleRow => {
    let row = byRule.get(ruleId);
    if (!row) byRule.set(ruleId, (row = { ruleId, ruleName, claims: 0, approved: 0, rejected: 0, paid: 0, paidFen: 0 }));
    return row;
  };
  const quarters = new Map<string, number>();
  for (const c of cells) {
    const { lines, fen } = c;
    if (lines === 0 && fen === 0) continue;
    const row = ruleRow(c.rule_id, c.rule_name);
    if (c.measure === PAID_MEASURE) {
      row.paid += lines;
      row.paidFen += fen;
      const quarter = quarterOf(`${c.month}-01`);
      quarters.set(quarter, (quarters.get(quarter) ?? 0) + fen);
      continue;
    }
    const status = c.measure.slice('claimed:'.length);
    row.claims += lines;
    if (status === 'approved' || status === 'paid') row.approved += lines;
    if (status === 'rejected') row.rejected += lines;
  }
  return {
    byRule: [...byRule.values()],
    paidByQuarter: [...quarters.entries()]
      .filter(([, fen]) => fen !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([quarter, fen]) => ({ quarter, fen })),
  };
}

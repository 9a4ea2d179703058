// The dashboard's subsidy figures as counts (subsidy_counts): payment lines per month, township, rule
// and measure. Every write of an application moves its cells here in the same transaction
// (cloud/db/repos/subsidies.ts); `fillSubsidyCounts` counts applications made before this table existed.
import { sql, type Kysely } from 'kysely';
import { todayIn } from '../../../domain/dates';
import type { SubsidyLine } from '../../../domain/subsidy/types';
import type { Database, SubsidyApplicationsTable } from '../tables';

/** Births the records cannot place in a township are counted under this code. */
export const UNKNOWN_TOWNSHIP = 'unknown';

type Status = SubsidyApplicationsTable['status'];

export const claimedMeasure = (status: Status): string => `claimed:${status}`;
export const PAID_MEASURE = 'paid';

/** The month (Asia/Shanghai) of an ISO instant or a YYYY-MM-DD day. */
function monthOf(instantOrDay: string): string {
  return (instantOrDay.length === 10 ? instantOrDay : todayIn(new Date(instantOrDay))).slice(0, 7);
}

/** Where the dashboard places a child's applications: the birth as the fact table has it, else the 生育登记 that listed the child. */
export async function monitorTownshipOfChild(db: Kysely<Database>, childId: string): Promise<string> {
  const row = await db
    .selectFrom('children as ch')
    .leftJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', 'ch.birth_case_id'))
    .leftJoin('registrations as r', 'r.id', 'ch.registration_id')
    .select((eb) => eb.fn.coalesce('f.township', 'r.township').as('township'))
    .where('ch.id', '=', childId)
    .executeTakeFirst();
  return row?.township ?? UNKNOWN_TOWNSHIP;
}

/** Adds `sign` × the lines (and their amounts) to one measure's cells. */
export async function countLines(
  db: Kysely<Database>,
  cell: { at: string; township: string; measure: string },
  lines: readonly SubsidyLine[],
  sign: 1 | -1,
): Promise<void> {
  const month = monthOf(cell.at);
  const byRule = new Map<string, { name: string; lines: number; fen: number }>();
  for (const l of lines) {
    const sum = byRule.get(l.ruleId) ?? { name: l.ruleName, lines: 0, fen: 0 };
    byRule.set(l.ruleId, { name: sum.name, lines: sum.lines + 1, fen: sum.fen + l.amountFen });
  }
  for (const [ruleId, sum] of byRule) {
    await db
      .insertInto('subsidy_counts')
      .values({
        month,
        township: cell.township,
        rule_id: ruleId,
        rule_name: sum.name,
        measure: cell.measure,
        lines: sign * sum.lines,
        fen: sign * sum.fen,
      })
      .onConflict((oc) =>
        oc.columns(['month', 'township', 'rule_id', 'measure']).doUpdateSet({
          lines: sql`subsidy_counts.lines + ${sign * sum.lines}`,
          fen: sql`subsidy_counts.fen + ${sign * sum.fen}`,
        }),
      )
      .execute();
  }
}

/** Counts one application as it stands (claimed under its status; paid by its payout day). */
export async function countApplication(
  db: Kysely<Database>,
  a: { lines_json: string; status: Status; submitted_at: string; paid_on: string | null },
  township: string,
  sign: 1 | -1,
): Promise<void> {
  const lines = JSON.parse(a.lines_json) as SubsidyLine[];
  await countLines(db, { at: a.submitted_at, township, measure: claimedMeasure(a.status) }, lines, sign);
  if (a.status === 'paid' && a.paid_on) await countLines(db, { at: a.paid_on, township, measure: PAID_MEASURE }, lines, sign);
}

/** The cells of a period of months (and one township), summed over townships: lines and amounts per rule, measure and month. */
export async function subsidyCountCells(
  db: Kysely<Database>,
  period: { from: string; to: string; township?: string },
): Promise<{ rule_id: string; rule_name: string; measure: string; month: string; lines: number; fen: number }[]> {
  let q = db
    .selectFrom('subsidy_counts')
    .select(['rule_id', 'rule_name', 'measure', 'month'])
    .select((eb) => [eb.fn.sum<number | string>('lines').as('lines'), eb.fn.sum<number | string>('fen').as('fen')])
    .where('month', '>=', period.from)
    .where('month', '<=', period.to);
  if (period.township) q = q.where('township', '=', period.township);
  const rows = await q.groupBy(['rule_id', 'rule_name', 'measure', 'month']).execute();
  return rows.map((r) => ({ ...r, lines: Number(r.lines), fen: Number(r.fen) }));
}

/** Applications not counted yet (made before the table existed, or bulk-loaded): counted once. */
export async function fillSubsidyCounts(db: Kysely<Database>): Promise<number> {
  const rows = await db
    .selectFrom('subsidy_applications')
    .select(['id', 'child_id', 'lines_json', 'status', 'submitted_at', 'paid_on'])
    .where('monitor_township', 'is', null)
    .execute();
  for (const a of rows) {
    const township = await monitorTownshipOfChild(db, a.child_id);
    await db.updateTable('subsidy_applications').set({ monitor_township: township }).where('id', '=', a.id).execute();
    await countApplication(db, a, township, 1);
  }
  return rows.length;
}

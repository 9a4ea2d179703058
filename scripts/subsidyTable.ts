// Prints what the subsidy engine owes a fixed set of sample children (all with 盈江 hukou from the
// birth date) as a Markdown table, so the answer in the closing note can be regenerated:
//   npx tsx scripts/subsidyTable.ts [asOf]      (asOf defaults to 2026-11-28)
import { isCalendarDate } from '../domain/dates';
import { evaluateChild } from '../domain/subsidy/engine';
import { RULES } from '../domain/subsidy/rules';
import type { ChildFacts } from '../domain/subsidy/types';
import { formatYuan } from '../domain/money';
import { childOrderText } from '../domain/registration/childOrder';

const SAMPLES: readonly [birthDate: string, orders: number[]][] = [
  ['2023-03-10', [1, 2, 3]],
  ['2024-08-20', [2]],
  ['2025-05-12', [1, 2, 3]],
  ['2026-03-02', [2]],
];

const STATE_TEXT = { claimable: '可申领', upcoming: '未到申领期', expired: '已过申领期' } as const;

function main(): void {
  const asOf = process.argv[2] ?? '2026-11-28';
  if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be YYYY-MM-DD: ${asOf}`);
  const lines = [
    `规则版本 ${RULES.version}，截至 ${asOf}；户口自出生日起登记在盈江县。`,
    '',
    '| 出生日期 | 孩次 | 规则 | 期间 | 月数 | 金额 | 申领期 | 状态 |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [birthDate, orders] of SAMPLES) {
    for (const order of orders) {
      const child: ChildFacts = { birthDate, birthOrder: order, hukou: [{ place: 'yingjiang', from: birthDate }] };
      const evaluation = evaluateChild(child, asOf);
      let total = 0;
      for (const e of evaluation.entitlements) {
        total += e.amountFen;
        lines.push(
          `| ${birthDate} | ${childOrderText(order)} | ${e.ruleName} | ${e.periodLabel} | ${e.months ?? ''} | ${formatYuan(e.amountFen)} | ${e.applyFrom} — ${e.applyBy} | ${STATE_TEXT[e.state]} |`,
        );
      }
      lines.push(`| ${birthDate} | ${childOrderText(order)} | **合计** | | | **${formatYuan(total)}** | | |`);
      for (const na of evaluation.notApplicable) {
        lines.push(`| ${birthDate} | ${childOrderText(order)} | ${na.ruleName} | 不适用 | | | | ${na.reason} |`);
      }
    }
  }
  console.log(lines.join('\n'));
}

main();

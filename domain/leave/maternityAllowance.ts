// 生育津贴 estimate: the employer's average monthly wage of the previous year ÷ 30 × each paid day of
// the 产假 (ALLOWANCE_RULES: which parts of the leave are paid days, and why). Money in integer fen;
// each part's amount is rounded to the fen, and the total is the sum of the parts shown.
import * as v from 'valibot';
import { strictFields, typeMessage } from '../validation';
import type { MaternityPart } from './leaveCalculator';
import { ALLOWANCE_RULES } from './motherWorkRules';

export interface AllowancePart {
  key: MaternityPart['key'];
  label: string;
  days: number;
  paid: boolean;
  /** 0 for a part whose days are not paid. */
  fen: number;
  source: string;
}

export interface AllowanceEstimate {
  monthlyWageFen: number;
  /** Unrounded daily rate in fen (monthly ÷ 30), for the text; amounts are computed from the monthly wage. */
  dailyFen: number;
  paidDays: number;
  totalFen: number;
  parts: AllowancePart[];
  sources: string[];
}

const R = ALLOWANCE_RULES;

/** The allowance for the leave parts of a LeavePlan (parts with no days are left out). */
export function allowanceFor(breakdown: readonly MaternityPart[], monthlyWageFen: number): AllowanceEstimate {
  if (!Number.isInteger(monthlyWageFen) || monthlyWageFen <= 0)
    throw new RangeError(`monthlyWageFen must be a positive whole number: ${monthlyWageFen}`);
  const perMonth = R.daysPerMonth.value;
  const parts = breakdown
    .filter((p) => p.days > 0)
    .map((p): AllowancePart => {
      const rule = R.paidDays[p.key];
      return {
        key: p.key,
        label: p.label,
        days: p.days,
        paid: rule.paid,
        fen: rule.paid ? Math.round((monthlyWageFen * p.days) / perMonth) : 0,
        source: rule.source,
      };
    });
  return {
    monthlyWageFen,
    dailyFen: monthlyWageFen / perMonth,
    paidDays: parts.reduce((sum, p) => sum + (p.paid ? p.days : 0), 0),
    totalFen: parts.reduce((sum, p) => sum + p.fen, 0),
    parts,
    sources: [R.wageBasis.source, R.daysPerMonth.source],
  };
}

export const ALLOWANCE_LABELS = { monthlyWageYuan: '用人单位上年度职工月平均工资' } as const;

const YUAN = /^\d+(\.\d{1,2})?$/;

/** '6000' or '6000.5' (元, at most two decimals) → fen. */
export function yuanToFen(text: string): number {
  const [whole, cents = ''] = text.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

/** The wage as typed (元); the output is fen. */
export function allowanceInputSchema() {
  const label = ALLOWANCE_LABELS.monthlyWageYuan;
  const max = R.maxMonthlyWageYuan.value;
  return strictFields('生育津贴估算', {
    monthlyWageYuan: v.pipe(
      v.string(typeMessage(label)),
      v.trim(),
      v.check((s) => s.length > 0, `请填写${label}`),
      v.check((s) => YUAN.test(s), `${label}应为以元为单位的数字，最多两位小数，如6500或6500.50`),
      v.check((s) => yuanToFen(s) > 0, `${label}应大于0元`),
      v.check((s) => yuanToFen(s) <= max * 100, `${label}不能超过${max}元`),
      v.transform(yuanToFen),
    ),
  });
}

import type { NurseryClass } from '@domain/nursery/types';
import { CLASS_RULES } from '@domain/nursery/classRules';
import { classFitsAge } from '@domain/nursery/ageFit';
import { formatYuan } from '@domain/money';
import { classWithAges } from '@/content/nursery';
import type { OptionRow } from '../OptionRows';

/** The institution's classes as choices for a child of `ageMonths` (null: no child picked yet). */
export function classRows(classes: readonly NurseryClass[], ageMonths: number | null): OptionRow[] {
  return classes.map((c) => {
    const rule = CLASS_RULES[c.kind];
    const fits = ageMonths === null || classFitsAge(c.kind, ageMonths);
    return {
      value: c.kind,
      label: classWithAges(c.kind),
      detail: `${c.vacancies > 0 ? `空位 ${c.vacancies}` : '目前满员'} · 保育费 每月 ${formatYuan(c.careFeeMonthlyFen)}`,
      disabledReason: fits ? undefined : `孩子现在${ageMonths}个月，${rule.name}只收${rule.minMonths}–${rule.maxMonths}个月的孩子`,
    };
  });
}

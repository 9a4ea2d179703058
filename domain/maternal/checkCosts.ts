// Which cost lines (pregnancyCosts.ts) apply to which check of the calendar: the national service's
// checks are free (基本公共卫生服务); the guideline's finer schedule is charged as medical care, with
// 产前检查 in the 医保 payment range, and the screenings it names at their own lines.
import { NATIONAL_PREGNANCY_CHECKS, RECOMMENDED_PRENATAL_CHECKS } from './prenatalChecks';
import { COST_LABELS, PREGNANCY_COSTS } from './pregnancyCosts';
import type { CostLine } from './views';

const NATIONAL = ['public-health-maternal', 'pmtct-tests'];
const GUIDELINE = ['prenatal-care-insurance'];
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  'prenatal-1': ['thalassemia-screening'],
  'guide-1': ['thalassemia-screening'],
  'guide-2': ['prenatal-screening'],
};

export function checkCostIds(): Record<string, string[]> {
  const known = new Set(PREGNANCY_COSTS.map((c) => c.id));
  const out: Record<string, string[]> = {};
  for (const c of NATIONAL_PREGNANCY_CHECKS)
    out[c.id] = [...(c.id.startsWith('postnatal') ? ['public-health-maternal'] : NATIONAL), ...(EXTRA[c.id] ?? [])].filter((id) =>
      known.has(id),
    );
  for (const c of RECOMMENDED_PRENATAL_CHECKS) out[c.id] = [...GUIDELINE, ...(EXTRA[c.id] ?? [])].filter((id) => known.has(id));
  return out;
}

export function costLines(): CostLine[] {
  return PREGNANCY_COSTS.map((c) => ({
    id: c.id,
    service: c.service,
    cost: c.cost,
    costLabel: COST_LABELS[c.cost],
    note: c.note,
    source: c.source,
  }));
}

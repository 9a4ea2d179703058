import type { ClassKind, NurseryDetail, NurseryOfferInput, OtherFee } from '@domain/nursery/types';

// The offer as the operator edits it: numbers as typed, money in 元 (the server keeps fen).
export interface OfferForm {
  classes: { kind: ClassKind; capacity: string; enrolled: string; careFeeYuan: string }[];
  mealsYuan: string;
  otherFees: { name: string; amountYuan: string; per: OtherFee['per'] }[];
  hours: string;
  careTypes: string[];
  caregivers: string;
}

const yuanText = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** '800' → 80000, '12.5' → 1250; anything else → NaN, which the schema names as the wrong field. */
export function yuanToFen(text: string): number {
  const t = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return Number.NaN;
  const [whole, cents = ''] = t.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function offerFormOf(n: NurseryDetail): OfferForm {
  return {
    classes: n.classes.map((c) => ({
      kind: c.kind,
      capacity: String(c.capacity),
      enrolled: String(c.enrolled),
      careFeeYuan: yuanText(c.careFeeMonthlyFen),
    })),
    mealsYuan: yuanText(n.mealsMonthlyFen),
    otherFees: n.otherFees.map((f) => ({ name: f.name, amountYuan: yuanText(f.amountFen), per: f.per })),
    hours: n.hours,
    careTypes: [...n.careTypes],
    caregivers: String(n.caregivers),
  };
}

export function offerInputOf(f: OfferForm): NurseryOfferInput {
  return {
    classes: f.classes.map((c) => ({
      kind: c.kind,
      capacity: count(c.capacity),
      enrolled: count(c.enrolled),
      careFeeMonthlyFen: yuanToFen(c.careFeeYuan),
    })),
    mealsMonthlyFen: yuanToFen(f.mealsYuan),
    otherFees: f.otherFees.map((o) => ({ name: o.name.trim(), amountFen: yuanToFen(o.amountYuan), per: o.per })),
    hours: f.hours.trim(),
    careTypes: f.careTypes as NurseryOfferInput['careTypes'],
    caregivers: count(f.caregivers),
  };
}

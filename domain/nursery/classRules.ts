// Class kinds of a 托育机构: the ages each takes, its largest size and the caregiver ratio. Every
// number is here, with where it comes from; code reads them only from CLASS_RULES.
import type { ClassKind } from './types';

export interface ClassRule {
  kind: ClassKind;
  name: string;
  /** Ages in completed months: from `minMonths` (included) up to `maxMonths` (excluded). */
  minMonths: number;
  maxMonths: number;
  /** The most children one class may hold. */
  maxChildren: number;
  /** At least one caregiver per this many children. */
  childrenPerCaregiver: number;
}

export const CLASS_RULES_SOURCE =
  '《托育机构设置标准（试行）》（国卫人口发〔2019〕58号）：乳儿班6—12个月10人以下，托小班12—24个月15人以下，托大班24—36个月20人以下，' +
  '18个月以上可混合编班、每班不超过18人；保育人员与婴幼儿之比乳儿班不低于1:3、托小班1:5、托大班1:7；混龄班按1:6计。';
/** Staff-only: the 1:6 of a mixed class is not in 国卫人口发〔2019〕58号 (which leaves it open). */
export const CLASS_RULES_TO_CONFIRM = '混龄班保育人员配比1:6为县内口径，待县卫生健康局确认';

export const CLASS_RULES: Readonly<Record<ClassKind, ClassRule>> = {
  infant: { kind: 'infant', name: '乳儿班', minMonths: 6, maxMonths: 12, maxChildren: 10, childrenPerCaregiver: 3 },
  toddler: { kind: 'toddler', name: '托小班', minMonths: 12, maxMonths: 24, maxChildren: 15, childrenPerCaregiver: 5 },
  senior: { kind: 'senior', name: '托大班', minMonths: 24, maxMonths: 36, maxChildren: 20, childrenPerCaregiver: 7 },
  mixed: { kind: 'mixed', name: '混龄班', minMonths: 18, maxMonths: 36, maxChildren: 18, childrenPerCaregiver: 6 },
};

export const CLASS_KINDS = Object.keys(CLASS_RULES) as readonly ClassKind[];

export function className(kind: ClassKind): string {
  return CLASS_RULES[kind].name;
}

/** Caregivers the enrolled children of these classes need at the ratios above (each class rounded up). */
export function caregiversNeeded(classes: readonly { kind: ClassKind; enrolled: number }[]): number {
  return classes.reduce((sum, c) => sum + Math.ceil(c.enrolled / CLASS_RULES[c.kind].childrenPerCaregiver), 0);
}

// The Chinese label of every registration field, shared by the schema's messages and the form.
import { personFieldLabelFor, personFieldLabels, type PersonField } from '../people/personSchema';
import type { ExistingChild } from './types';

export type PersonRole = 'applicant' | 'spouse';

export const ROLE_LABELS: Readonly<Record<PersonRole, string>> = { applicant: '申请人', spouse: '配偶' };

// Suffixes after '第N个已有子女'.
const CHILD_FIELD_SUFFIXES: Readonly<Record<keyof ExistingChild, string>> = {
  name: '的姓名',
  birthDate: '的出生日期',
  sex: '的性别',
  relation: '与本次婚姻的关系',
  deceased: '是否已故',
};

export function personFieldLabel(role: PersonRole, field: PersonField): string {
  return personFieldLabelFor(ROLE_LABELS[role], field);
}

export function personLabel(role: PersonRole): string {
  return `${ROLE_LABELS[role]}信息`;
}

export function existingChildLabel(index: number, field?: keyof ExistingChild): string {
  return `第${index + 1}个已有子女${field ? CHILD_FIELD_SUFFIXES[field] : '的信息'}`;
}

export const TOP_LEVEL_LABELS = {
  marriageDate: '结婚登记日期',
  existingChildren: '已有子女情况',
  stage: '生育状态',
  dueDate: '预产期',
  birthDate: '出生日期',
  township: '现居住乡镇',
} as const;

export const REGISTRATION_LABEL = '生育登记信息';

function personLabels(role: PersonRole): Record<string, string> {
  return { [role]: personLabel(role), ...personFieldLabels(role, ROLE_LABELS[role]) };
}

function childLabels(): Record<string, string> {
  const labels: Record<string, string> = { 'existingChildren.*': '已有子女的信息' };
  for (const field of Object.keys(CHILD_FIELD_SUFFIXES) as (keyof ExistingChild)[]) {
    labels[`existingChildren.*.${field}`] = `已有子女${CHILD_FIELD_SUFFIXES[field]}`;
  }
  return labels;
}

/** Path pattern ('*' for an array index) → label. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...personLabels('applicant'),
  ...personLabels('spouse'),
  ...TOP_LEVEL_LABELS,
  ...childLabels(),
};

/** Label of a concrete error path such as 'existingChildren.1.birthDate' ('第2个已有子女的出生日期'). */
export function fieldLabel(path: string): string | undefined {
  const child = /^existingChildren\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (child) {
    const field = child[2];
    if (field === undefined) return existingChildLabel(Number(child[1]));
    if (Object.prototype.hasOwnProperty.call(CHILD_FIELD_SUFFIXES, field)) {
      return existingChildLabel(Number(child[1]), field as keyof ExistingChild);
    }
    return undefined;
  }
  return Object.prototype.hasOwnProperty.call(FIELD_LABELS, path) ? FIELD_LABELS[path] : undefined;
}

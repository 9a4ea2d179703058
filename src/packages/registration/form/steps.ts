import type { FieldErrors } from '@domain/validation';

export interface FormStep {
  key: 'applicant' | 'spouse' | 'family' | 'birth' | 'review';
  title: string;
  /** Field paths that belong to the step (a path belongs if it equals or starts with one of these). */
  fields: string[];
}

export const STEPS: readonly FormStep[] = [
  { key: 'applicant', title: '申请人', fields: ['applicant'] },
  { key: 'spouse', title: '配偶', fields: ['spouse'] },
  { key: 'family', title: '婚育情况', fields: ['marriageDate', 'existingChildren'] },
  { key: 'birth', title: '本次生育', fields: ['stage', 'dueDate', 'birthDate', 'township'] },
  { key: 'review', title: '核对提交', fields: [] },
];

function belongs(path: string, step: FormStep): boolean {
  return step.fields.some((f) => path === f || path.startsWith(`${f}.`));
}

export function errorsOfStep(errors: FieldErrors, stepIndex: number): FieldErrors {
  const step = STEPS[stepIndex];
  return Object.fromEntries(Object.entries(errors).filter(([path]) => belongs(path, step)));
}

/** The first step holding one of these errors (the server's answer sends the user back there). */
export function firstStepWithError(errors: FieldErrors): number {
  const index = STEPS.findIndex((step) => Object.keys(errors).some((path) => belongs(path, step)));
  return index < 0 ? STEPS.length - 1 : index;
}

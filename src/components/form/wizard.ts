import type { FieldErrors } from '@domain/validation';

/** One step of a multi-step form and the field paths it owns. */
export interface WizardStep<K extends string = string> {
  key: K;
  title: string;
  /** A path belongs to the step if it equals or starts with one of these. */
  fields: readonly string[];
}

export function belongs(path: string, step: WizardStep): boolean {
  return step.fields.some((f) => path === f || path.startsWith(`${f}.`));
}

export function errorsOfStep(steps: readonly WizardStep[], errors: FieldErrors, stepIndex: number): FieldErrors {
  const step = steps[stepIndex];
  return Object.fromEntries(Object.entries(errors).filter(([path]) => belongs(path, step)));
}

/** The first step holding one of these errors (a server answer sends the user back there). */
export function firstStepWithError(steps: readonly WizardStep[], errors: FieldErrors): number {
  const index = steps.findIndex((step) => Object.keys(errors).some((path) => belongs(path, step)));
  return index < 0 ? steps.length - 1 : index;
}

/** Field errors of a call whose form sits under `input` (e.g. corrections): paths without that prefix. */
export function unnest(errors: FieldErrors, prefix = 'input'): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(new RegExp(`^${prefix}\\.`), ''), message]));
}

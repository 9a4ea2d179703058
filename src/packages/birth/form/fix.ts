import type { BundleStepKey } from '@domain/birth/types';
import type { FieldToFix } from '@domain/birth/views';
import type { FieldErrors } from '@domain/validation';
import { belongs, type WizardStep } from '@/components/form/wizard';
import { FIX_STEP_OF } from './draft';

/**
 * The steps a parent fixing a returned step goes through: those holding the fields the clerk named
 * (the step's own part of the form when none were named), then the review — nothing unrelated.
 */
export function fixSteps<S extends WizardStep>(steps: readonly S[], fix: BundleStepKey, fields: readonly FieldToFix[]): S[] {
  const review = steps[steps.length - 1];
  const named = steps.slice(0, -1).filter((s) => fields.some((f) => belongs(f.field, s)));
  return [...(named.length > 0 ? named : [steps[FIX_STEP_OF[fix]]]), review];
}

/** The clerk's reason beside each field they named. */
export function fixNotes(fields: readonly FieldToFix[], reason: string): FieldErrors {
  return Object.fromEntries(fields.map((f) => [f.field, `退回原因：${reason}`]));
}

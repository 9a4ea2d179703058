// Which fields a correction changed, as paths the form's labels understand ('spouse.phone',
// 'existingChildren.1.birthDate', or 'existingChildren' when children were added or removed).
// Only paths are recorded, never the old or new values.
import type { RegistrationInput } from '../../../domain/registration/types';

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix, value);
}

export function changedFields(before: RegistrationInput, after: RegistrationInput): string[] {
  const changed: string[] = [];
  const childCountChanged = before.existingChildren.length !== after.existingChildren.length;
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves({ ...before, existingChildren: childCountChanged ? [] : before.existingChildren }, '', a);
  leaves({ ...after, existingChildren: childCountChanged ? [] : after.existingChildren }, '', b);
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(path) !== b.get(path)) changed.push(path);
  }
  if (childCountChanged) changed.push('existingChildren');
  return changed;
}

// Field builders 出生一件事 needs beyond those in validation.ts, made the same way: each takes the
// field's Chinese label and names it in every message.
import * as v from 'valibot';
import { requiredText, typeMessage } from '../validation';

/** Text that may be left out: undefined, null and blank all mean "not given"; otherwise as `requiredText`. */
export function optionalText(label: string, max: number) {
  const present = requiredText(label, max);
  return v.nullish(
    v.pipe(
      v.string(typeMessage(label)),
      v.rawTransform<string, string | undefined>(({ dataset, addIssue, NEVER }) => {
        if (dataset.value.trim() === '') return undefined;
        const result = v.safeParse(present, dataset.value);
        if (result.success) return result.output;
        addIssue({ message: result.issues[0].message });
        return NEVER;
      }),
    ),
  );
}

/** A choice that may be left out: undefined, null and '' mean "not chosen". */
export function optionalOneOf<const T extends string>(label: string, values: readonly T[]) {
  return v.nullish(
    v.pipe(
      v.string(typeMessage(label, '请选择')),
      v.rawTransform<string, T | undefined>(({ dataset, addIssue, NEVER }) => {
        if (dataset.value === '') return undefined;
        if ((values as readonly string[]).includes(dataset.value)) return dataset.value as T;
        addIssue({ message: `请选择${label}` });
        return NEVER;
      }),
    ),
  );
}

export function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

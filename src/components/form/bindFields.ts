import type { FieldErrors } from '@domain/validation';

/** The keys of a form whose values a field edits as text or as one of its options (an optional one too). */
type TextKeys<F> = { [K in keyof F]-?: NonNullable<F[K]> extends string ? K : never }[keyof F] & string;

/** What a field takes from its form: its data path (for errors, tests and e2e), its value, its change and its error. */
export interface BoundField {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * Ties the fields of one form object to its values, its patch function and its errors, so a field reads
 * `<TextField {...field('address')} label='机构地址' required />`. `prefix` names nested parts ('child.').
 * A ChoiceField or SelectField only ever hands back one of its options, so a union of literals is safe.
 * An optional text key not yet filled shows as '' (a field's value is never undefined).
 */
export function bindFields<F extends object>(values: F, onPatch: (patch: Partial<F>) => void, errors: FieldErrors, prefix = '') {
  return (key: TextKeys<F>): BoundField => ({
    name: prefix + key,
    value: (values[key] as string | null | undefined) ?? '',
    onChange: (value) => onPatch({ [key]: value } as Partial<F>),
    error: errors[prefix + key],
  });
}

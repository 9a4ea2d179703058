// What a parent must never read: a reference to our design document, or our own doubts about a rule
// ("to confirm" notes stay in the data and in staff views; parents see the rule, its source and clause).
export const FORBIDDEN_FOR_PARENTS = /DESIGN|§|待核|待确认|待县卫生健康局确认/;

/** Every string inside `value`, with its path; keys named `toConfirm` (staff-only notes) are skipped. */
export function stringsIn(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'toConfirm' ? [] : stringsIn(v, `${path}.${k}`)));
  }
  return [];
}

/** The strings of `value` a parent must not read, with where they are (empty when clean). */
export function leakedDoubts(value: unknown): { path: string; text: string }[] {
  return stringsIn(value).filter((s) => FORBIDDEN_FOR_PARENTS.test(s.text));
}

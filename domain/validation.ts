// The one way to validate input, on the client and again on the server, plus the field builders
// every schema is made of. Each builder takes the field's Chinese label and names it in every
// message, including the wrong-type one, so valibot's English defaults never reach a user.
import * as v from 'valibot';
import { isCalendarDate } from './dates';
import { checkIdNumber, idNumberProblemText } from './identity/idNumber';

export type FieldErrors = Record<string, string>;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors };

/** Key for an issue that belongs to the input as a whole rather than to one field. */
export const WHOLE_INPUT_KEY = '_';

const FALLBACK_MESSAGE = '填写内容有误，请检查后重新提交';
const CHINESE = /[\u4e00-\u9fff]/;

export function validate<S extends v.GenericSchema>(schema: S, input: unknown): ValidationResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { lang: 'zh-CN', message: FALLBACK_MESSAGE });
  if (result.success) return { ok: true, value: result.output };
  // A Map, because a path such as '__proto__' must not be assigned onto a plain object.
  const fields = new Map<string, string>();
  for (const issue of result.issues) {
    const key = pathKey(issue.path);
    if (!fields.has(key)) fields.set(key, CHINESE.test(issue.message) ? issue.message : FALLBACK_MESSAGE);
  }
  return { ok: false, fields: Object.fromEntries(fields) };
}

function pathKey(path: readonly v.IssuePathItem[] | undefined): string {
  if (!path || path.length === 0) return WHOLE_INPUT_KEY;
  return path.map((item) => String(item.key)).join('.');
}

export function firstError(fields: FieldErrors): string | undefined {
  return Object.values(fields)[0];
}

/** Wrong-type message: a missing value asks for it, anything else says the field is malformed. */
export function typeMessage(label: string, ask = '请填写') {
  return (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined || issue.input === null ? `${ask}${label}` : `${label}格式不正确`;
}

/**
 * A failing step that also marks the value untyped, so later steps of the same field stop (one
 * message per field) and object-level `partialCheck`s skip a field that is already wrong.
 */
export function refine(ok: (value: string) => boolean, message: string) {
  return v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
    if (ok(dataset.value)) return dataset.value;
    addIssue({ message });
    return NEVER;
  });
}

function lengthOf(s: string): number {
  return Array.from(s).length;
}

// C0/C1 controls, zero-width and bidirectional-override characters: invisible, and able to make a
// name or address display differently from what is stored.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

export function requiredText(label: string, max: number) {
  return v.pipe(
    v.string(typeMessage(label)),
    v.trim(),
    refine((s) => s.length > 0, `请填写${label}`),
    refine((s) => !INVISIBLE.test(s), `${label}含有无法显示的字符，请删除后重新填写`),
    refine((s) => lengthOf(s) <= max, `${label}不能超过${max}个字`),
  );
}

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

export const NAME_MAX_LENGTH = 50;
const NAME_DOT = '·';
// Dots people type for the 间隔号 in minority and transliterated names.
const NAME_DOT_VARIANTS = /[•.．・‧∙⋅･]/g;
const HAN = '\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{323af}';
const NAME_CHAR = `[${HAN}A-Za-z]`;
const NAME_PATTERN = new RegExp(`^${NAME_CHAR}(?:[${HAN}A-Za-z ]|${NAME_DOT}(?=${NAME_CHAR}))*$`, 'u');

export function normalisePersonName(s: string): string {
  return s.trim().replace(NAME_DOT_VARIANTS, NAME_DOT).replace(/\s+/g, ' ').replace(/ ?· ?/g, NAME_DOT);
}

/** Chinese characters, letters, single spaces and '·' between parts, e.g. '木然·排早·勒干'. */
export function personName(label: string) {
  return v.pipe(
    v.string(typeMessage(label)),
    v.transform(normalisePersonName),
    refine((s) => s.length > 0, `请填写${label}`),
    refine((s) => lengthOf(s) <= NAME_MAX_LENGTH, `${label}不能超过${NAME_MAX_LENGTH}个字`),
    refine((s) => NAME_PATTERN.test(s), `${label}只能包含汉字、字母、空格和间隔号“·”`),
  );
}

/** Output is the normalised number (trimmed, upper-case X). */
export function idNumberField(label: string, today?: string) {
  return v.pipe(
    v.string(typeMessage(label)),
    v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
      const result = checkIdNumber(dataset.value, today);
      if (result.ok) return result.idNumber;
      addIssue({ message: idNumberProblemText(result.reason, label) });
      return NEVER;
    }),
  );
}

/** Mainland mobile number; spaces, dashes and a +86 prefix are dropped. */
export function mobilePhone(label: string) {
  return v.pipe(
    v.string(typeMessage(label)),
    v.transform((s) => s.replace(/[\s-]/g, '').replace(/^(?:\+86|0086)(?=\d{11}$)/, '')),
    refine((s) => s.length > 0, `请填写${label}`),
    refine((s) => /^1[3-9]\d{9}$/.test(s), `${label}格式不正确，应为11位手机号`),
  );
}

export function calendarDate(label: string) {
  return v.pipe(
    v.string(typeMessage(label, '请选择')),
    v.trim(),
    refine((s) => s.length > 0, `请选择${label}`),
    refine(isCalendarDate, `${label}格式不正确，应为YYYY-MM-DD`),
  );
}

/** A date that may be left out: undefined, null and '' all mean "not given". */
export function optionalCalendarDate(label: string) {
  return v.nullish(
    v.pipe(
      v.string(typeMessage(label, '请选择')),
      v.trim(),
      v.rawTransform<string, string | undefined>(({ dataset, addIssue, NEVER }) => {
        if (dataset.value === '') return undefined;
        if (isCalendarDate(dataset.value)) return dataset.value;
        addIssue({ message: `${label}格式不正确，应为YYYY-MM-DD` });
        return NEVER;
      }),
    ),
  );
}

export function oneOf<const T extends readonly string[]>(label: string, values: T) {
  return v.picklist(values, `请选择${label}`);
}

export function yesNo(label: string) {
  return v.boolean(`请选择${label}`);
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

/** Whether an optional field was given: the optional builders output undefined (or pass null) when it was not. */
export function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A strict object whose every issue names a field: a missing key gets that field's own message
 * ('请填写申请人姓名'), an unknown key is rejected, and an array or scalar is "格式不正确" rather
 * than a list of missing keys.
 */
export function strictFields<const E extends v.ObjectEntries>(label: string, entries: E) {
  const object = v.strictObject(entries, (issue) => {
    const key = issue.path?.[0]?.key;
    if (issue.expected === 'never') return `${label}中有无法识别的字段“${String(key)}”`;
    if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(entries, key)) {
      const missing = v.safeParse(entries[key]!, undefined);
      return missing.success ? `请填写${label}` : missing.issues[0].message;
    }
    return `${label}格式不正确`;
  });
  return v.pipe(v.custom<v.InferInput<typeof object>>(isRecord, typeMessage(label)), object);
}

/**
 * An array whose items are checked by a schema built for their index, so messages can say
 * '第2个已有子女的出生日期…'. Issues keep their full path ('existingChildren.1.birthDate').
 */
export function indexedArray<T>(
  label: string,
  max: { count: number; message: string },
  itemAt: (index: number) => v.GenericSchema<unknown, T>,
) {
  return v.pipe(
    v.array(v.unknown(), typeMessage(label)),
    v.maxLength(max.count, max.message),
    v.rawTransform<unknown[], T[]>(({ dataset, addIssue, NEVER }) => {
      const items = dataset.value;
      const output: T[] = [];
      items.forEach((item, index) => {
        const result = v.safeParse(itemAt(index), item, { lang: 'zh-CN' });
        if (result.success) {
          output.push(result.output);
          return;
        }
        const itemPath: v.ArrayPathItem = { type: 'array', origin: 'value', input: items, key: index, value: item };
        for (const issue of result.issues) addIssue({ message: issue.message, path: [itemPath, ...(issue.path ?? [])] });
      });
      return output.length === items.length ? output : NEVER;
    }),
  );
}

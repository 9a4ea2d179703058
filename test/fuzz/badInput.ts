// Malformed input, generated: the values a careless client, a hostile one or a broken network can
// send, and inputs made by damaging a valid example (a field replaced, removed, or one added).
import fc from 'fast-check';

export const HUGE_STRING_BYTES = 100_000;

const SQL = [`'; DROP TABLE users; --`, `" OR 1=1 --`, `1; DELETE FROM cases`, `' UNION SELECT * FROM sessions --`, `%' AND 1=0 --`];
const SCRIPT = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `javascript:alert(1)`,
  `{{constructor.constructor('x')()}}`,
  `\${7*7}`,
];
const CONTROL = ['\u0000', '\u0001\u0002\u001b[31m', '\r\n\t', '\u007f\u0085', '\u202e反向文本', '\ufeff', '\u2028\u2029', '\ud800'];
const EMOJI = ['👶', '👶🏻👨‍👩‍👧‍👦', '🇨🇳', '🧧💰', '̶s̶t̶r̶i̶k̶e̶'];
const DATES = [
  '2026-02-30',
  '0000-00-00',
  '2026-13-01',
  '9999-99-99',
  '2026-2-3',
  '1900-01-01',
  '2999-12-31',
  '2026-11-28T25:61',
  '20261128',
  '2026-06',
];
const NUMBER_WORDS = ['NaN', 'Infinity', '-Infinity', '1e999', '-1', '0x1F', '', ' ', '00000000', '53312319950412122X'];
const NUMBERS = [-1, 0, -0, 1.5, -2147483649, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308, Number.MIN_VALUE];

function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** An object whose own key is `__proto__` (as JSON.parse makes it), to probe prototype pollution. */
function protoKeyed(): unknown {
  return JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"verified": true}}}');
}

const hugeString = fc.constantFrom(
  'x'.repeat(HUGE_STRING_BYTES),
  '中'.repeat(HUGE_STRING_BYTES / 3),
  '👶'.repeat(HUGE_STRING_BYTES / 4),
  `${SQL[0]}`.repeat(HUGE_STRING_BYTES / 24),
);

const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SQL, ...SCRIPT, ...CONTROL, ...EMOJI, ...DATES, ...NUMBER_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...SQL, ...SCRIPT, ...EMOJI), fc.constantFrom(...CONTROL, ...DATES)).map(([a, b]) => `${a}${b}`),
  },
  { weight: 1, arbitrary: hugeString },
);

const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.integer(),
  fc.double(), // NaN and ±Infinity travel as null in JSON
);

/** One bad value of any type. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.array(fc.oneof(nastyString, nastyNumber), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(nastyString, nastyNumber), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(50, 500, 1500).chain((d) => fc.boolean().map((arr) => nested(d, arr))) },
  { weight: 1, arbitrary: fc.constant(null).map(protoKeyed) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

type Op = { kind: 'replace' | 'delete' | 'extra'; at: number; key: string; value: unknown };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'extra'),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom('extra', 'id', 'userId', 'role', 'status', '__proto__', 'constructor', ''), fc.string({ maxLength: 12 })),
  value: nastyValue,
});

type Path = (string | number)[];

/** Paths to edit, no deeper than EDIT_DEPTH: deeply nested values are edited whole, never inside. */
const EDIT_DEPTH = 12;

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length >= EDIT_DEPTH) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

type Container = Record<string | number, unknown>;

function parentOf(root: unknown, path: Path): Container {
  let node = root as Container;
  for (const p of path.slice(0, -1)) node = node[p] as Container;
  return node;
}

function applyOp(root: unknown, edit: Op): unknown {
  // Generated constants ([] and {}) are shared instances: copy, or two edits could make a cycle.
  const o = { ...edit, value: structuredClone(edit.value) };
  const paths = pathsOf(root);
  const path = paths[o.at % paths.length]!;
  if (path.length === 0) {
    if (o.kind === 'extra' && root !== null && typeof root === 'object' && !Array.isArray(root)) {
      Object.defineProperty(root, o.key, { value: o.value, enumerable: true, writable: true, configurable: true });
      return root;
    }
    return o.kind === 'delete' ? undefined : o.value;
  }
  const parent = parentOf(root, path);
  const last = path[path.length - 1]!;
  if (o.kind === 'replace') parent[last] = o.value;
  else if (o.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const node = parent[last];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      Object.defineProperty(node, o.key, { value: o.value, enumerable: true, writable: true, configurable: true });
    } else if (Array.isArray(node)) node.push(o.value);
    else parent[last] = o.value;
  }
  return root;
}

/** A valid example, damaged by one to three edits. */
export function damaged(example: unknown): fc.Arbitrary<unknown> {
  return fc
    .array(op, { minLength: 1, maxLength: 3 })
    .map((ops) => ops.reduce<unknown>((acc, o) => applyOp(acc, o), structuredClone(example)));
}

/** Every kind of bad input for one action: damaged examples most of the time, whole-input garbage the rest. */
export function badInputFor(example: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: damaged(example) },
    { weight: 2, arbitrary: nastyValue.map((v) => structuredClone(v)) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), nastyValue, { maxKeys: 6 }) },
    { weight: 1, arbitrary: fc.constant(example).map((e) => structuredClone(e)) },
  );
}

/** The idempotency key sent along: almost always a well-formed fresh one, sometimes a bad one. */
export function keyArbitrary(fresh: () => string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(null).map(() => fresh()) },
    { weight: 1, arbitrary: nastyValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

// Log lines must never carry a clear ID number or phone: anything that looks like one is masked
// before it is written.
const ID_NUMBER = /(?<![\dA-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![\dA-Za-z])/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

export function maskForLog(text: string): string {
  return text.replace(ID_NUMBER, '$1**********$2').replace(MOBILE, '$1****$2');
}

/** Masks every string inside a log record (objects and arrays too). */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskForLog(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
  return out;
}

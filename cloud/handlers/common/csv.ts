// One CSV writer for every export (subsidy payout lists, the yearly 人口监测 report).
// CSV as spreadsheet programs open it: UTF-8 with a BOM (or Excel shows Chinese as mojibake), CRLF
// line ends, fields quoted when they hold a comma, quote or line break. A field that a spreadsheet
// would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export const BOM = '\uFEFF';

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

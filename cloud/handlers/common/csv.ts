// One CSV writer for every export (subsidy payout lists, the yearly 人口监测 report).
// CSV as spreadsheet programs open it: UTF-8 with a BOM (or Excel shows Chinese as mojibake), CRLF
// line ends, fields quoted when they hold a comma, quote or line break. A field that a spreadsheet
// would run as a formula (=, +, -, @ first) is prefixed with an apostrophe. A long number a
// spreadsheet must keep as text (a 19-digit account number would become 6.22848E+18, its last digits
// lost) is written as the formula ="..." (quoted for CSV) -- Excel and WPS both show it as the digits,
// as text; it holds digits only, so it cannot carry a formula of its own.
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const DIGITS = /^\d+$/;

export const BOM = '\uFEFF';

export interface DigitsAsText {
  digitsAsText: string;
}

export type CsvCell = string | DigitsAsText;

/** A number that must stay text in a spreadsheet (account numbers). Anything but digits is written as plain text. */
export function digitsAsText(value: string): CsvCell {
  return DIGITS.test(value) ? { digitsAsText: value } : value;
}

export function csvField(cell: CsvCell): string {
  if (typeof cell !== 'string') return `"=""${cell.digitsAsText}"""`;
  const value = cell;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

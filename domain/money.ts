// Money is integer fen everywhere (1 yuan = 100 fen); this is the one way to show it.

/** An amount in integer fen. */
export type Fen = number;

/** 200000 → '2,000元'; 150050 → '1,500.50元'; -5000 → '-50元'. */
export function formatYuan(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`Not an amount in fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const whole = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}元`;
}

/** 150050 → '1500.50' (for CSV: plain digits, always two decimals). */
export function yuanDecimal(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`Not an amount in fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** '12（30%）': a count with its share of the total, whole percent. */
export function shareText(count: number, total: number): string {
  return total > 0 ? `${count}（${Math.round((count / total) * 100)}%）` : String(count);
}

/** 292000 → '292,000' (toLocaleString is not reliable in every mini-program JS engine). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

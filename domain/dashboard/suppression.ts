// Small-count suppression for the yearly report (seed 三(三): departments report to the health
// bureau; the report may travel further). A count of 1–4 — of a township above all, but any count
// of people or cases — can point at a family, so it is shown as '<5'. Zero is shown as '0': it says
// nobody is in the cell, which points at no one, and hiding it only makes the table harder to read.
// A figure derived from fewer than 5 people or cases (a sex ratio, a median duration) would give them
// away just the same: it is shown as '—'. Money totals and nursery slots are not about persons and
// are shown as they are.

export const SMALL_COUNT_LIMIT = 5;

export const SUPPRESSION_NOTE =
  '为保护个人隐私，数值为1—4的人数、件数显示为“<5”（0照常显示）；由不足5人（件）算出的性别比和办结用时显示为“—”。' +
  '本报告只含统计数字，不含任何姓名、身份证号码等个人信息。';

/** Shown for a figure derived from fewer than SMALL_COUNT_LIMIT people or cases. */
export const WITHHELD = '—';

/** A derived figure (`shown`), or WITHHELD when it rests on fewer than SMALL_COUNT_LIMIT people or cases. */
export function unlessFew(basis: number, shown: () => string): string {
  return basis < SMALL_COUNT_LIMIT ? WITHHELD : shown();
}

export function suppress(count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a count: ${count}`);
  return count > 0 && count < SMALL_COUNT_LIMIT ? `<${SMALL_COUNT_LIMIT}` : String(count);
}

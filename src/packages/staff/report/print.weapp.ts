// WeChat cannot print a page: in the mini-program the CSV export is the way to take the report away.
export const printReport: (() => void) | null = null;

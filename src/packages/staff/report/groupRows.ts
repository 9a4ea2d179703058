import type { ReportRow } from '@domain/dashboard/types';

/** The report's rows under their section titles, sections in the order they first appear. */
export function groupRows(rows: readonly ReportRow[]): { section: string; rows: ReportRow[] }[] {
  const groups: { section: string; rows: ReportRow[] }[] = [];
  for (const row of rows) {
    const last = groups.find((g) => g.section === row.section);
    if (last) last.rows.push(row);
    else groups.push({ section: row.section, rows: [row] });
  }
  return groups;
}

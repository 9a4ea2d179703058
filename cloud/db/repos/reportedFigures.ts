// The 妇幼 figures the health bureau enters per year (migration 0017). One row per figure and year;
// a new entry replaces the old one (the handler audits both values).
import type { Kysely, Selectable } from 'kysely';
import type { Database, ReportedFiguresTable } from '../tables';

export type ReportedFigureRow = Selectable<ReportedFiguresTable>;

export async function listReportedFigures(db: Kysely<Database>, years?: { from: number; to: number }): Promise<ReportedFigureRow[]> {
  let q = db.selectFrom('reported_figures').selectAll();
  if (years) q = q.where('year', '>=', years.from).where('year', '<=', years.to);
  const rows = await q.orderBy('year', 'desc').orderBy('figure').execute();
  return rows.map((r) => ({ ...r, year: Number(r.year), value_x100: Number(r.value_x100) }));
}

export async function findReportedFigure(db: Kysely<Database>, figure: string, year: number): Promise<ReportedFigureRow | undefined> {
  const row = await db.selectFrom('reported_figures').selectAll().where('figure', '=', figure).where('year', '=', year).executeTakeFirst();
  return row && { ...row, year: Number(row.year), value_x100: Number(row.value_x100) };
}

export async function upsertReportedFigure(db: Kysely<Database>, row: ReportedFigureRow): Promise<void> {
  await db
    .insertInto('reported_figures')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['figure', 'year'])
        .doUpdateSet({ value_x100: row.value_x100, source: row.source, entered_by: row.entered_by, entered_at: row.entered_at }),
    )
    .execute();
}

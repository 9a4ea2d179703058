// Issue 16: the 妇幼 figures the health bureau enters each year from the 妇幼 reporting system
// (孕产妇死亡率, 婴幼儿死亡率 — domain/dashboard/maternalChildTargets.ts), one row per figure and
// year; entering it again replaces the row, and every entry is in the audit log with the value it
// replaced. The value is kept ×100 as a whole number (two decimals, exact on both engines).
// Portable DDL only (SQLite and PostgreSQL).
import type { Kysely, Migration } from 'kysely';

export const maternalChildReported: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('reported_figures')
      .addColumn('figure', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('value_x100', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('entered_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('entered_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reported_figures_pk', ['figure', 'year'])
      .execute();
  },
};

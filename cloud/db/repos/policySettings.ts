// The policy settings the health bureau decides (migration 0010). One row per key; no row = the rule
// data's default.
import type { Kysely, Selectable } from 'kysely';
import type { Database, PolicySettingsTable } from '../tables';

export type PolicySettingRow = Selectable<PolicySettingsTable>;

export async function findPolicySetting(db: Kysely<Database>, key: string): Promise<PolicySettingRow | undefined> {
  return db.selectFrom('policy_settings').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function upsertPolicySetting(db: Kysely<Database>, row: PolicySettingRow): Promise<void> {
  await db
    .insertInto('policy_settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, source: row.source, set_by: row.set_by, set_at: row.set_at }))
    .execute();
}

// The access_token every gateway shares (one row per appid). Refreshing is a lease taken by a
// conditional update (`refreshing_until` empty or past), so one gateway refreshes while the others
// wait and then read what it stored. The token is stored encrypted like any other secret.
import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export interface StoredToken {
  token: string | null;
  expiresAt: string | null;
  refreshingUntil: string | null;
}

export async function readToken(db: Kysely<Database>, appid: string, decrypt: (s: string) => string): Promise<StoredToken> {
  const row = await db
    .selectFrom('wechat_tokens')
    .select(['access_token_enc', 'expires_at', 'refreshing_until'])
    .where('appid', '=', appid)
    .executeTakeFirst();
  return {
    token: row?.access_token_enc ? decrypt(row.access_token_enc) : null,
    expiresAt: row?.expires_at ?? null,
    refreshingUntil: row?.refreshing_until ?? null,
  };
}

/** The row exists (inserted once; a concurrent insert loses quietly on the primary key). */
export async function ensureTokenRow(db: Kysely<Database>, appid: string, now: Date): Promise<void> {
  await db
    .insertInto('wechat_tokens')
    .values({ appid, access_token_enc: null, expires_at: null, refreshing_until: null, version: 0, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('appid').doNothing())
    .execute();
}

/** Takes the refresh lease until `until`; false when another gateway holds it. */
export async function takeRefreshLease(db: Kysely<Database>, appid: string, now: Date, until: Date): Promise<boolean> {
  const nowIso = now.toISOString();
  const result = await db
    .updateTable('wechat_tokens')
    .set((eb) => ({ refreshing_until: until.toISOString(), version: eb('version', '+', 1), updated_at: nowIso }))
    .where('appid', '=', appid)
    .where((eb) => eb.or([eb('refreshing_until', 'is', null), eb('refreshing_until', '<', nowIso)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function storeToken(db: Kysely<Database>, appid: string, tokenEnc: string, expiresAt: Date, now: Date): Promise<void> {
  await db
    .updateTable('wechat_tokens')
    .set((eb) => ({
      access_token_enc: tokenEnc,
      expires_at: expiresAt.toISOString(),
      refreshing_until: null,
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('appid', '=', appid)
    .execute();
}

export async function releaseRefreshLease(db: Kysely<Database>, appid: string): Promise<void> {
  await db.updateTable('wechat_tokens').set({ refreshing_until: null }).where('appid', '=', appid).execute();
}

/** After 40001 / 42001: the stored token is no good, whatever its expiry said. */
export async function forgetToken(db: Kysely<Database>, appid: string, token: string, decrypt: (s: string) => string): Promise<void> {
  const current = await readToken(db, appid, decrypt);
  if (current.token !== token) return;
  await db
    .updateTable('wechat_tokens')
    .set({ expires_at: new Date(0).toISOString() })
    .where('appid', '=', appid)
    .execute();
}

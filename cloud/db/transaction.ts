// The one way to run a unit of work (an action, an upload, one user's reminders).
//
// SQLite runs one transaction at a time, so every rule a handler checks before it writes (one case
// per child, a slot's capacity, one registration per pregnancy, a document number used once…) holds
// by itself. PostgreSQL runs transactions side by side, from any number of gateways. To keep the
// very same guarantee there, a transaction that writes first takes one database-wide advisory lock
// (`pg_advisory_xact_lock`, held until commit or rollback): writers go one at a time across every
// gateway, as on SQLite, while reads never wait. A transaction does not say in advance whether it
// will write, so it starts without the lock; its first INSERT, UPDATE or DELETE stops it before the
// statement runs, and it is run again from the start holding the lock (its reads then see every
// write committed before it). Work that wrote once starts with the lock next time.
//
// Why not SERIALIZABLE: measured with the load test, the counters and number sequences every write
// touches made PostgreSQL refuse most concurrent writers (40001) — 12 writes/s against SQLite's 86,
// with requests failing after their retries. One writer at a time is simple, fair and fast enough
// for a province (docs/deploy.md: the scale plan says what changes at national scale).
import {
  sql,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type Transaction,
  type UnknownRow,
} from 'kysely';
import { engineOf } from './engine';
import type { Database } from './tables';

/** The advisory lock's key: any constant the application uses for nothing else. */
const WRITE_LOCK_KEY = 5331_2301;

class WriteNeedsLock extends Error {}

/** Stops the first write of a transaction that does not hold the write lock. */
class WriteGuard implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const kind = args.node.kind;
    if (kind === 'InsertQueryNode' || kind === 'UpdateQueryNode' || kind === 'DeleteQueryNode' || kind === 'MergeQueryNode')
      throw new WriteNeedsLock();
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const writeGuard = new WriteGuard();
/** Work (by label) seen writing: it takes the lock from the start. */
const writers = new Set<string>();

export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>, label?: string): Promise<T> {
  if (engineOf(db) === 'sqlite') return db.transaction().execute(work);
  let locked = label !== undefined && writers.has(label);
  for (;;) {
    try {
      return await db.transaction().execute(async (trx) => {
        if (locked) {
          await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(trx);
          return work(trx);
        }
        return work(trx.withPlugin(writeGuard));
      });
    } catch (e) {
      if (!(e instanceof WriteNeedsLock) || locked) throw e;
      locked = true;
      if (label !== undefined) writers.add(label);
    }
  }
}

/** A write attempted through a read-only handle (an action marked `reads: 'only'` that writes). */
export class WriteOnReadOnly extends Error {
  constructor() {
    super('write attempted by an action marked read-only');
  }
}

/** Refuses every write: the handle read-only actions run on, outside a transaction. */
class ReadOnlyGuard implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const kind = args.node.kind;
    if (kind === 'InsertQueryNode' || kind === 'UpdateQueryNode' || kind === 'DeleteQueryNode' || kind === 'MergeQueryNode')
      throw new WriteOnReadOnly();
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const readOnlyGuard = new ReadOnlyGuard();
const readOnlyHandles = new WeakMap<Kysely<Database>, Kysely<Database>>();

/**
 * The database for work that only reads: each statement on its own (no BEGIN/COMMIT), any write
 * refused. On SQLite a read then no longer holds the one connection between its statements; on
 * PostgreSQL (READ COMMITTED) each statement saw its own snapshot already, in a transaction or not.
 */
export function readOnly(db: Kysely<Database>): Kysely<Database> {
  let handle = readOnlyHandles.get(db);
  if (!handle) {
    handle = db.withPlugin(readOnlyGuard);
    readOnlyHandles.set(db, handle);
  }
  return handle;
}

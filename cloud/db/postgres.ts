// PostgreSQL for the 政务云 and CloudBase deployments: any number of gateways share one database.
// Every difference between the two engines that the code could notice is settled here or in
// `engine.ts`, so repositories and handlers stay the same Kysely on both.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './tables';

// Counts and sums come back from PostgreSQL as int8 / numeric, which `pg` hands over as strings to
// be safe beyond 2^53. Our largest figures (fen summed over a province's subsidies) stay far below
// that, and SQLite answers numbers, so both engines answer numbers.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
pg.types.setTypeParser(INT8_OID, (value) => Number(value));
pg.types.setTypeParser(NUMERIC_OID, (value) => Number(value));

export interface PostgresOptions {
  /** Connections per process (each gateway holds its own pool). */
  poolSize?: number;
}

export function createPostgresDatabase(url: string, options: PostgresOptions = {}): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A statement that hangs (a lock held by a dead client) must not hold a request for ever.
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    application_name: 'yingjiang-gateway',
  });
  // A connection dropped while idle (database restart, failover) must not crash the process; the
  // pool makes a new one on the next query.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

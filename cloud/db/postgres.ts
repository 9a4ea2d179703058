// PostgreSQL for the 政务云 and CloudBase deployments. The `pg` driver is not installed yet; when it
// is, this becomes:
//
//   import { Pool } from 'pg';
//   import { Kysely, PostgresDialect } from 'kysely';
//   return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: url, max: 10 }) }) });
//
// Handlers only speak Kysely (no engine-specific SQL), and the migrations use the schema builder,
// so nothing else changes.
import type { Kysely } from 'kysely';
import type { Database } from './tables';

export function createPostgresDatabase(url: string): Kysely<Database> {
  void url;
  throw new Error('生产环境的 PostgreSQL 连接尚未配置（DATABASE_URL 已设置，但尚未安装 pg 驱动）');
}

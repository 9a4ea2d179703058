// PostgreSQL's own client programs (pg_dump, pg_restore): where they are and how to call them
// without putting the password on a command line.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** PG_BIN_DIR, else the newest /usr/lib/postgresql/<major>/bin that has it (Debian), else PATH. */
export function pgProgram(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_BIN_DIR && existsSync(join(env.PG_BIN_DIR, name))) return join(env.PG_BIN_DIR, name);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const majors = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a));
    if (majors.length > 0) return join(root, majors[0]!, 'bin', name);
  }
  return name;
}

/** The connection string without its password, and the password for PGPASSWORD. */
export function splitPassword(url: string): { url: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { url: parsed.toString(), password };
}

/** Runs a PostgreSQL program against `url`; rejects with its stderr when it fails. */
export function runPgProgram(name: 'pg_dump' | 'pg_restore', url: string, args: string[]): Promise<void> {
  const { url: bare, password } = splitPassword(url);
  const program = pgProgram(name);
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, `--dbname=${bare}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (e) => reject(new Error(`无法运行 ${program}：${e.message}（安装 postgresql-client，或设置 PG_BIN_DIR）`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} 失败（退出码 ${code}）：${stderr.trim()}`))));
  });
}

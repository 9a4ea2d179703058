// Bundles each cloud function for WeChat CloudBase: cloud/functions/<name>/cloudbase.ts →
// cloudfunctions/<name>/index.js (CommonJS, Node 16, `exports.main`) plus a package.json naming
// the two packages CloudBase installs itself. Runs offline: esbuild only reads local files.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '..');
const SOURCE = join(ROOT, 'cloud', 'functions');
const OUT = join(ROOT, 'cloudfunctions');

// Installed by CloudBase from each function's package.json, never bundled. better-sqlite3 is
// never reached from an entry (CloudBase uses PostgreSQL) and is listed only as a guard.
const EXTERNAL = ['wx-server-sdk', 'pg', 'pg-native', 'better-sqlite3'];
const RUNTIME_DEPENDENCIES = { 'wx-server-sdk': '~4.0.2', pg: '^8.13.0' };

export function functionNames(): string[] {
  return readdirSync(SOURCE, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(SOURCE, d.name, 'cloudbase.ts')))
    .map((d) => d.name)
    .sort();
}

/** `outRoot`: elsewhere than cloudfunctions/ (the CloudBase harness, test/cloudbase/). */
export async function bundleFunction(name: string, outRoot: string = OUT): Promise<string> {
  const dir = join(outRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(SOURCE, name, 'cloudbase.ts')],
    outfile: join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: EXTERNAL,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const pkg = { name: `yingjiang-${name}`, version: '0.1.0', private: true, main: 'index.js', dependencies: RUNTIME_DEPENDENCIES };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  // A function's own CloudBase settings (e.g. the reminders timer trigger) travel with it.
  const config = join(SOURCE, name, 'config.json');
  if (existsSync(config)) copyFileSync(config, join(dir, 'config.json'));
  return join(dir, 'index.js');
}

/** `bundleFunctions.ts [--out <dir>] [name…]`: every function into cloudfunctions/ by default. */
async function cli(args: string[]): Promise<void> {
  const at = args.indexOf('--out');
  const outRoot = at >= 0 ? resolve(args[at + 1]) : OUT;
  const named = args.filter((_, i) => i !== at && i !== at + 1);
  for (const name of named.length > 0 ? named : functionNames()) {
    const file = await bundleFunction(name, outRoot);
    process.stdout.write(`bundled ${name} → ${file}\n`);
  }
}

if (require.main === module) {
  cli(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}

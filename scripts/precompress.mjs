#!/usr/bin/env node
// Compresses the h5 build's text assets beside the originals (.br, .gz) for the gateway to serve:
//   node scripts/precompress.mjs [dist-h5]
// (The gateway does the same at start for a build that has not been; this saves it the work.)
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(process.argv[2] ?? 'dist-h5');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const module = join(root, 'cloud', 'gateway', 'precompress.ts');
const code = `import(${JSON.stringify(module)}).then(async (m) => { const { precompressDir } = m.precompressDir ? m : m.default; console.log('precompressed', await precompressDir(${JSON.stringify(dir)}), 'files in', ${JSON.stringify(dir)}); })`;
const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);

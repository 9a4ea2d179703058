#!/usr/bin/env node
// Compresses the h5 build's text assets beside the originals (.br, .gz) for the gateway to serve:
//   node scripts/precompress.mjs [dist-h5]
// (The gateway does the same at start for a build that has not been; this saves it the work.)
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? 'dist-h5';
const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('./cloud/gateway/precompress.ts').then(async (m) => console.log('precompressed', await m.precompressDir(${JSON.stringify(dir)}), 'files in', ${JSON.stringify(dir)}))`], { stdio: 'inherit' });
process.exit(run.status ?? 1);

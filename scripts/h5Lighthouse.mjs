#!/usr/bin/env node
// Lighthouse (mobile, performance only) over the h5 build served by the real gateway (compressed,
// cached), for the home page and the nursery search; each build given is served in turn, so a
// baseline build and today's are scored in the same run on the same machine:
//   node scripts/h5Lighthouse.mjs [--runs 3] [--port 8918] <build dir> [<baseline build dir> …]
// Lighthouse is not a dependency of the project: LIGHTHOUSE_CLI names its cli/index.js
// (default /tmp/lh/node_modules/lighthouse/cli/index.js). Medians of the runs are printed; on a
// loaded machine TBT and LCP move with the load, so compare builds from one run only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const runs = Number(option('--runs', 3));
const port = Number(option('--port', 8918));
const dirs = args.length ? args : ['dist-h5'];
const cli = process.env.LIGHTHOUSE_CLI ?? '/tmp/lh/node_modules/lighthouse/cli/index.js';
const pages = { home: '/#/pages/home/index', 'nursery search': '/#/packages/nursery/index/index' };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmp = mkdtempSync(join(tmpdir(), 'h5-lighthouse-'));

async function startGateway(dir) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloud/gateway/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      STATIC_DIR: resolve(dir),
      DATABASE_FILE: join(tmp, `${Date.now()}.sqlite`),
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`the gateway did not start on port ${port}`);
}

function lighthouse(url) {
  const out = join(tmp, 'report.json');
  const run = spawnSync(
    process.execPath,
    [
      cli,
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const a = report.audits;
  return {
    score: report.categories.performance.score * 100,
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    si: a['speed-index'].numericValue,
  };
}

const rows = [];
for (const dir of dirs) {
  const gateway = await startGateway(dir);
  try {
    for (const [name, path] of Object.entries(pages)) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(lighthouse(`http://127.0.0.1:${port}${path}`));
      const m = (k) => median(results.map((r) => r[k]));
      rows.push({
        dir,
        name,
        score: m('score'),
        fcp: m('fcp'),
        lcp: m('lcp'),
        tbt: m('tbt'),
        si: m('si'),
        scores: results.map((r) => Math.round(r.score)).join('/'),
      });
    }
  } finally {
    gateway.kill();
    await new Promise((r) => gateway.once('exit', r));
  }
}
rmSync(tmp, { recursive: true, force: true });

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`Lighthouse ${runs}× per page (mobile, simulated throttling), medians:`);
for (const r of rows) {
  console.log(
    `${r.dir.padEnd(24)} ${r.name.padEnd(15)} performance ${String(Math.round(r.score)).padStart(3)} (${r.scores})  FCP ${s(r.fcp)}  LCP ${s(r.lcp)}  TBT ${Math.round(r.tbt)} ms  SI ${s(r.si)}`,
  );
}

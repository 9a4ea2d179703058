#!/usr/bin/env node
// Lighthouse (mobile, performance only) over the h5 build served by the real gateway (compressed,
// cached), for the home page and the nursery search; each build given is served in turn, so a
// baseline build and today's are scored in the same run on the same machine:
//   node scripts/h5Lighthouse.mjs [--runs 3] [--port 8918] <build dir> [<baseline build dir> …]
// Lighthouse is not a dependency of the project (it would weigh on every `npm ci`): LIGHTHOUSE_CLI
// names its cli/index.js, else the first run installs lighthouse 12.2.3 (the last for Node 20) into
// node_modules/.cache/lighthouse. Medians of the runs are printed; on a loaded machine TBT and LCP
// move with the load, so compare builds from one run only.
// Each page is scored twice: with Lighthouse's default CPU slowdown (4×, meant for a high-end desktop
// host) and with the slowdown calibrated to this machine, as Lighthouse's throttling guide
// (github.com/GoogleChrome/lighthouse, "Calibrating the CPU slowdown") asks on a weaker host: this
// machine's benchmarkIndex (measured by Lighthouse in the same runs) over that of the low-tier phone
// Chrome DevTools calibrates to (Moto G4 Power 2022, 264 — devtools-frontend CalibrationController.ts),
// never below 1×. A 2-core VM scores 550–1100, so 4× on it models a slower phone than the guide targets.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const LIGHTHOUSE = '12.2.3';

function lighthouseCli() {
  if (process.env.LIGHTHOUSE_CLI) return process.env.LIGHTHOUSE_CLI;
  const prefix = resolve('node_modules/.cache/lighthouse');
  const cliPath = join(prefix, 'node_modules/lighthouse/cli/index.js');
  const installed = join(prefix, 'node_modules/lighthouse/package.json');
  if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== LIGHTHOUSE) {
    console.log(`installing lighthouse ${LIGHTHOUSE} into ${prefix} …`);
    const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE}`], {
      stdio: 'inherit',
    });
    if (npm.status !== 0) throw new Error('npm could not install lighthouse');
  }
  return cliPath;
}
const cli = lighthouseCli();
const pages = { home: '/#/pages/home/index', 'nursery search': '/#/packages/nursery/index/index' };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Chrome DevTools' low-tier mobile benchmark score (CalibrationController.ts, lowScore). */
const LOW_TIER_PHONE_INDEX = 264;
const calibratedMultiplier = (benchmarkIndex) => Math.max(1, Math.round((benchmarkIndex / LOW_TIER_PHONE_INDEX) * 10) / 10);
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

function lighthouse(url, cpuSlowdown) {
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
      `--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`,
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
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}

const rows = [];
const summary = (dir, name, cpu, results) => {
  const m = (k) => median(results.map((r) => r[k]));
  return {
    dir,
    name,
    cpu,
    score: m('score'),
    fcp: m('fcp'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    si: m('si'),
    scores: results.map((r) => Math.round(r.score)).join('/'),
  };
};
const indexes = [];
for (const dir of dirs) {
  const gateway = await startGateway(dir);
  try {
    for (const [name, path] of Object.entries(pages)) {
      const url = `http://127.0.0.1:${port}${path}`;
      const byDefault = [];
      for (let i = 0; i < runs; i++) byDefault.push(lighthouse(url, 4));
      const index = median(byDefault.map((r) => r.benchmarkIndex));
      indexes.push(index);
      const cpu = calibratedMultiplier(index);
      const calibrated = [];
      for (let i = 0; i < runs; i++) calibrated.push(lighthouse(url, cpu));
      rows.push(summary(dir, name, '4× (default)', byDefault), summary(dir, name, `${cpu}× (calibrated)`, calibrated));
    }
  } finally {
    gateway.kill();
    await new Promise((r) => gateway.once('exit', r));
  }
}
rmSync(tmp, { recursive: true, force: true });

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `Lighthouse ${runs}× per page and CPU slowdown (mobile, simulated throttling), medians; this machine's benchmarkIndex ${Math.round(median(indexes))} (low-tier phone ${LOW_TIER_PHONE_INDEX}):`,
);
for (const r of rows) {
  console.log(
    `${r.dir.padEnd(24)} ${r.name.padEnd(15)} CPU ${r.cpu.padEnd(17)} performance ${String(Math.round(r.score)).padStart(3)} (${r.scores})  FCP ${s(r.fcp)}  LCP ${s(r.lcp)}  TBT ${Math.round(r.tbt)} ms  SI ${s(r.si)}`,
  );
}

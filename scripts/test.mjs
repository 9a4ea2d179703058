#!/usr/bin/env node
// `npm test`: every level, in the order that fails fastest.
//   1. typecheck, lint (ESLint, Prettier,     5. weapp build + size report
//      import cycles, knip: `npm run lint`)
//   2. unit + api + access (SQLite)           6. native (miniprogram-simulate over dist/)
//   3. api + access again on PostgreSQL       7. h5 build + e2e (Playwright, Debian Chromium, real gateway)
//   4. fuzz + trust, components              (5b. the weapp again with the cloud transport, dist-cloud/)
// Ends with one line "N passed, N failed" across all levels.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const res = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${title}: ${res.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return res.status === 0;
}

function countJest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
}

function jest(projects, name, wrap = []) {
  const args = ['jest', '--selectProjects', ...projects, '--json', `--outputFile=${results}/${name}.json`];
  const ok =
    wrap.length > 0
      ? step(`jest ${projects.join(' + ')} on PostgreSQL`, 'node', [...wrap, 'npx', ...args, '--testTimeout=60000'])
      : step(`jest ${projects.join(' + ')}`, 'npx', args);
  countJest(`${results}/${name}.json`);
  return ok;
}

function finish(ok) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

const checks = [
  () => step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  // The four parts of `npm run lint`, one step each so a failure says which.
  () => step('lint: ESLint', 'npm', ['run', '-s', 'lint:code']),
  () => step('lint: Prettier', 'npm', ['run', '-s', 'lint:format']),
  () => step('lint: import cycles (madge, type imports included)', 'npm', ['run', '-s', 'lint:cycles']),
  () => step('lint: dead files, exports and dependencies (knip)', 'npm', ['run', '-s', 'lint:dead']),
  () => jest(['unit', 'api', 'access'], 'unit-api'),
  // The same api and access suites on a throwaway PostgreSQL cluster (scripts/pgCluster.mjs).
  () => jest(['api', 'access'], 'api-postgres', ['scripts/pgCluster.mjs', 'run', '--']),
  // Bad input on every action; load, SIGKILL and leak checks (small sizes; full: scripts/fuzz.ts, loadTest.ts).
  () => jest(['fuzz', 'trust'], 'fuzz-trust'),
  () => jest(['components'], 'components'),
  () => step('weapp build', 'npx', ['taro', 'build', '--type', 'weapp', '--mode', 'development']),
  // The same weapp with the CloudBase transport (wx.cloud.callFunction), for test/native/cloudTransport.
  () =>
    step('weapp build (cloud transport)', 'npx', ['taro', 'build', '--type', 'weapp', '--mode', 'development'], {
      WEAPP_OUTPUT_ROOT: 'dist-cloud',
      TARO_APP_API: 'cloud',
      TARO_APP_CLOUD_ENV: 'yj-test-0g1h2',
    }),
  () => step('size report', 'node', ['scripts/sizeReport.mjs']),
  () => jest(['native'], 'native'),
  () => step('h5 build', 'npx', ['taro', 'build', '--type', 'h5']),
  () => {
    const ok = step('e2e (Chromium)', 'npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/e2e.json`,
    });
    countPlaywright(`${results}/e2e.json`);
    return ok;
  },
];

for (const check of checks) {
  if (!check()) finish(false);
}
finish(true);

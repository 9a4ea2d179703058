// scripts/sizeReport.mjs fails a weapp build whose main package passes 600 KB or a subpackage 300 KB.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function fakeBuild(mainKb: number, staffKb: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'size-report-'));
  writeFileSync(
    join(dist, 'app.json'),
    JSON.stringify({ pages: ['pages/home/index'], subPackages: [{ root: 'packages/staff/', pages: [] }] }),
  );
  writeFileSync(join(dist, 'app.js'), Buffer.alloc(mainKb * 1024));
  mkdirSync(join(dist, 'packages/staff'), { recursive: true });
  writeFileSync(join(dist, 'packages/staff/index.js'), Buffer.alloc(staffKb * 1024));
  return dist;
}

function report(dist: string) {
  const run = spawnSync(process.execPath, ['scripts/sizeReport.mjs', dist], { encoding: 'utf8' });
  rmSync(dist, { recursive: true, force: true });
  return run;
}

test('within budget: passes', () => {
  const run = report(fakeBuild(500, 250));
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/分包 packages\/staff\s+250\.0 KB\s+budget\s+300\.0 KB/);
});

test('a subpackage over 300 KB fails, naming the excess', () => {
  const run = report(fakeBuild(500, 320));
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('超出预算 20.0 KB');
});

test('a main package over 600 KB fails', () => {
  expect(report(fakeBuild(610, 10)).status).toBe(1);
});

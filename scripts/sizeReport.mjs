#!/usr/bin/env node
// Prints the weapp build's main package and each subpackage in KB, and fails over our budgets
// (issue 18: main ≤ 600 KB, every subpackage ≤ 300 KB, so the first open stays fast on rural 4G and
// the staff tools and health features have room to grow) and over WeChat's limits (2 MB per package,
// 20 MB in all). Run after `npm run build:weapp`.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;
const MAIN_BUDGET = 600 * 1024;
const SUBPACKAGE_BUDGET = 300 * 1024;

if (!existsSync(join(dist, 'app.json'))) {
  console.error(`${dist}/app.json not found: build the weapp first (npm run build:weapp).`);
  process.exit(1);
}

function sizeOf(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? sizeOf(path) : stat.size;
  }
  return total;
}

const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
const total = sizeOf(dist);
const subSizes = roots.map((root) => ({ root, bytes: sizeOf(join(dist, root)) }));
const main = total - subSizes.reduce((sum, s) => sum + s.bytes, 0);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  { name: '主包 main', bytes: main, budget: MAIN_BUDGET },
  ...subSizes.map((s) => ({ name: `分包 ${s.root}`, bytes: s.bytes, budget: SUBPACKAGE_BUDGET })),
];
let failed = false;
for (const row of rows) {
  const overLimit = row.bytes > PACKAGE_LIMIT;
  const overBudget = row.bytes > row.budget;
  failed ||= overLimit || overBudget;
  const note = overLimit ? '  超过 2 MB 上限' : overBudget ? `  超出预算 ${kb(row.bytes - row.budget)}` : '';
  console.log(`${row.name.padEnd(36)} ${kb(row.bytes).padStart(10)}  budget ${kb(row.budget).padStart(9)}${note}`);
}
console.log(`${'合计 total'.padEnd(36)} ${kb(total).padStart(10)}${total > TOTAL_LIMIT ? '  超过 20 MB 上限' : ''}`);
failed ||= total > TOTAL_LIMIT;
console.log(
  `(${relative(process.cwd(), dist) || dist}; budgets: main ${kb(MAIN_BUDGET)}, each subpackage ${kb(SUBPACKAGE_BUDGET)}; WeChat limit 2048 KB per package)`,
);
process.exit(failed ? 1 : 0);

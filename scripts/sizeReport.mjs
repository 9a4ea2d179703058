#!/usr/bin/env node
// Prints the weapp build's main package and each subpackage in KB, and fails over WeChat's
// limits (2 MB per package, 20 MB in all). Run after `npm run build:weapp`.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;

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
const rows = [{ name: '主包 main', bytes: main }, ...subSizes.map((s) => ({ name: `分包 ${s.root}`, bytes: s.bytes }))];
let failed = false;
for (const row of rows) {
  const over = row.bytes > PACKAGE_LIMIT;
  failed ||= over;
  console.log(`${row.name.padEnd(36)} ${kb(row.bytes).padStart(10)}${over ? '  超过 2 MB 上限' : ''}`);
}
console.log(`${'合计 total'.padEnd(36)} ${kb(total).padStart(10)}${total > TOTAL_LIMIT ? '  超过 20 MB 上限' : ''}`);
failed ||= total > TOTAL_LIMIT;
console.log(`(${relative(process.cwd(), dist) || dist}; limit 2048 KB per package)`);
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// Measures what a phone downloads to show the h5 home page the first time: every response's size,
// raw and gzip-compressed, with Debian's Chromium against a static server over dist-h5/.
// Run after `npm run build:h5`:  node scripts/h5FirstLoad.mjs
// With --modules (after `BUILD_STATS=1 npm run build:h5`, which writes dist-h5-stats.json): what each
// first-load file holds, by package, in bytes before minification.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = 'dist-h5';
if (!existsSync(join(root, 'index.html'))) {
  console.error('dist-h5/index.html not found: run npm run build:h5 first.');
  process.exit(1);
}
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
// The API is not needed to draw the signed-out home page; its calls simply fail.
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/#/pages/home/index`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const files = [];
page.on('response', async (response) => {
  if (!response.url().startsWith('http://127.0.0.1')) return;
  const body = await response.body().catch(() => Buffer.alloc(0));
  files.push({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body).length });
});
const started = Date.now();
await page.goto(url, { waitUntil: 'networkidle' });
await page.getByText('可以办理的服务').waitFor();
const shownMs = Date.now() - started;
await browser.close();
server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (process.argv.includes('--modules')) printModules(files.map((f) => f.url.replace(/^\//, '')));
for (const f of files.sort((a, b) => b.raw - a.raw))
  console.log(`${f.url.padEnd(48)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
const raw = files.reduce((s, f) => s + f.raw, 0);
const gzip = files.reduce((s, f) => s + f.gzip, 0);
console.log(
  `h5 first load: ${files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzip; home page drawn in ${shownMs} ms (local, no network latency)`,
);
// Measured by this script on the same kind of machine (issue 18), so the figure above reads against them.
const BASELINE_GZIP_KB = 208.4; // 2026-12-04, before Taro's image viewer (and Swiper with it) left the first load
// Then 152.2 KB (main at 2b534b2); 146.9 KB compiled for the browsers the h5 already needs (config/h5Browsers.json);
// 106.7 KB with Preact instead of react-dom and without Taro's fetch / AbortController polyfills.
const GOAL_GZIP_KB = 150;
const now = gzip / 1024;
console.log(
  `baseline ${BASELINE_GZIP_KB.toFixed(1)} KB gzip → now ${now.toFixed(1)} KB (${(((now - BASELINE_GZIP_KB) / BASELINE_GZIP_KB) * 100).toFixed(1)}%); goal ≤ ${GOAL_GZIP_KB} KB: ${now <= GOAL_GZIP_KB ? 'met' : 'not met'}`,
);

function printModules(urls) {
  if (!existsSync('dist-h5-stats.json')) {
    console.error('dist-h5-stats.json not found: build with BUILD_STATS=1 first.');
    return;
  }
  const { chunks } = JSON.parse(readFileSync('dist-h5-stats.json', 'utf8'));
  // node_modules/<package> or the first two folders of our own code, whatever loader prefixes the name.
  const owner = (name) => {
    const path = name.split('!').pop();
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (!path) return '(not named in webpack stats)';
    return pkg ? pkg[1] : path.replace(/^\.\//, '').split(/[/ ]/).slice(0, 2).join('/');
  };
  for (const chunk of chunks.filter((c) => c.files.some((f) => urls.includes(f) && f.endsWith('.js')))) {
    const byOwner = new Map();
    for (const m of chunk.modules) byOwner.set(owner(m.name), (byOwner.get(owner(m.name)) ?? 0) + m.size);
    const total = [...byOwner.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${chunk.files.filter((f) => f.endsWith('.js')).join(' ')}: ${chunk.modules.length} modules, ${kb(total)} before minification`,
    );
    for (const [name, size] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${name.padEnd(44)} ${kb(size).padStart(10)}`);
  }
}

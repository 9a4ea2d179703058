// How the gateway serves the h5 build: text assets compressed (brotli, else gzip, from copies made
// once), content-hashed files cached for a year as immutable, index.html revalidated every time, the
// security headers on all of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { silentLogger } from '../../cloud/core/logger';
import { precompressDir } from '../../cloud/gateway/precompress';
import { buildServer } from '../../cloud/gateway/server';
import { createHarness, type Harness } from './harness';

let h: Harness;
let app: FastifyInstance;
let dir: string;
const SCRIPT = `console.log(${JSON.stringify('出生一件事 · 盈江 '.repeat(400))});\n`;

beforeAll(async () => {
  h = await createHarness();
  dir = mkdtempSync(join(tmpdir(), 'h5-build-'));
  mkdirSync(join(dir, 'js'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>盈江</title></head><body><div id="app"></div><script src="/js/app.1a2b3c4d.js"></script></body></html>',
  );
  writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js'), SCRIPT);
  writeFileSync(join(dir, 'js', 'unhashed.js'), SCRIPT);
  expect(await precompressDir(dir)).toBe(2);
  expect(await precompressDir(dir)).toBe(0);
  app = buildServer({ db: h.db, crypto: h.crypto, log: silentLogger, devLogin: false, reminders: false, pressure: false, staticDir: dir });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a hashed script: brotli when accepted, else gzip, else plain; immutable for a year', async () => {
  const br = await app.inject({ method: 'GET', url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(br.statusCode).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(br.headers['x-content-type-options']).toBe('nosniff');
  expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);
  expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(SCRIPT);

  const gz = await app.inject({ method: 'GET', url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(SCRIPT);

  const plain = await app.inject({ method: 'GET', url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toBe(SCRIPT);
});

test('index.html and files without a hash are revalidated, never cached blind', async () => {
  const index = await app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br' } });
  expect(index.statusCode).toBe(200);
  expect(index.headers['cache-control']).toBe('no-cache');
  expect(index.body).toContain('<div id="app">');
  expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  const unhashed = await app.inject({ method: 'GET', url: '/js/unhashed.js', headers: { 'accept-encoding': 'br' } });
  expect(unhashed.headers['cache-control']).toBe('no-cache');
  expect(unhashed.headers['content-encoding']).toBe('br');
});

// Finding: no security headers on the h5 app or the API (no CSP, frame-ancestors, Referrer-Policy).
// Now every response — API, errors, files, the h5 app — carries them (helmet's, worked out once at start), and files
// carry a sandboxing policy of their own.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalDiskFileStore } from '../../cloud/adapters/files';
import { silentLogger } from '../../cloud/core/logger';
import { securityHeaders } from '../../cloud/gateway/hardening';
import { buildServer } from '../../cloud/gateway/server';
import { createHarness, type Harness } from '../api/harness';
import { verifiedUser } from '../api/people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

test('API answers, errors and the health check carry the headers', async () => {
  expectSecurityHeaders((await h.app.inject({ method: 'POST', url: '/api/account', payload: { action: 'me', input: {} } })).headers);
  expectSecurityHeaders((await h.app.inject({ method: 'POST', url: '/api/nope', payload: { action: 'x' } })).headers);
  expectSecurityHeaders(
    (await h.app.inject({ method: 'POST', url: '/api/account', headers: { 'content-type': 'application/json' }, payload: '{bad' })).headers,
  );
  expectSecurityHeaders((await h.app.inject({ method: 'GET', url: '/healthz' })).headers);
});

test("every header helmet sets is on the answer, with helmet's value", async () => {
  const expected = securityHeaders();
  expect(Object.keys(expected)).toEqual(
    expect.arrayContaining(['strict-transport-security', 'cross-origin-opener-policy', 'x-permitted-cross-domain-policies']),
  );
  const headers = (await h.app.inject({ method: 'POST', url: '/api/nursery', payload: { action: 'search', input: { township: 'nope' } } }))
    .headers;
  for (const [name, value] of Object.entries(expected)) expect([name, headers[name]]).toEqual([name, value]);
});

test('the h5 app is served with the same policy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yj-h5-'));
  const inline = 'document.documentElement.style.fontSize="20px"';
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><title>h5</title><script>${inline}</script><script defer src="/js/app.js"></script>`,
  );
  const app = buildServer({
    db: h.db,
    devLogin: false,
    reminders: false,
    log: silentLogger,
    crypto: h.crypto,
    files: createLocalDiskFileStore(join(dir, 'files')),
    staticDir: dir,
  });
  try {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res.headers);
    // Taro's inline viewport script runs by its hash; no other inline script may.
    const hash = createHash('sha256').update(inline).digest('base64');
    expect(String(res.headers['content-security-policy'])).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(String(res.headers['content-security-policy'])).not.toMatch(/script-src[^;]*unsafe-inline/);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a PDF is served as an attachment under a sandboxing policy; images inline, sandboxed too', async () => {
  const { token } = await verifiedUser(h);
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n');
  const up = (await h.upload(token, { bytes: pdf, kind: 'hukou_book', filename: 'a.pdf', contentType: 'application/pdf' })).json();
  expect(up.ok).toBe(true);
  const res = await h.download(token, up.data.fileId);
  expect(res.statusCode).toBe(200);
  expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain('sandbox');
  expect(csp).toContain("default-src 'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');

  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)]);
  const img = (await h.upload(token, { bytes: jpeg, kind: 'hukou_book' })).json();
  const shown = await h.download(token, img.data.fileId);
  expect(String(shown.headers['content-disposition'])).toMatch(/^inline;/);
  expect(String(shown.headers['content-security-policy'])).toContain('sandbox');
});

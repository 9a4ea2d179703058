// Finding: no upload quota — 10 × 5 MB in under a second from one user; the 50 MB body was read
// before it was refused. Now a person has a daily count and byte quota (kept in the database), and a
// body declared larger than one file is refused from its header, before it is read.
import { connect } from 'node:net';
import { uploadBytesMessage, uploadCountMessage } from '../../cloud/core/limits';
import { PRODUCTION_LIMITS } from '../../cloud/security/rateLimits';
import { createHarness, type Harness } from '../api/harness';
import { verifiedUser } from '../api/people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ limits: PRODUCTION_LIMITS });
});
afterAll(() => h.close());

const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, 7)]);

test('ten 5 MB files in a row: the daily byte quota stops them, with 429 and a Chinese message', async () => {
  const { token } = await verifiedUser(h);
  const size = 5 * 1024 * 1024 - 1024;
  const answers: number[] = [];
  let refused: any;
  for (let i = 0; i < 10; i += 1) {
    const res = await h.upload(token, { bytes: jpeg(size), kind: 'hukou_book' });
    answers.push(res.statusCode);
    if (res.statusCode !== 200) refused ??= res.json();
  }
  const fit = Math.floor(PRODUCTION_LIMITS.uploads.perDayBytes / size);
  expect(answers.filter((s) => s === 200)).toHaveLength(fit);
  expect(answers.slice(fit).every((s) => s === 429)).toBe(true);
  expect(refused).toEqual({
    ok: false,
    error: { code: 'RATE_LIMITED', message: uploadBytesMessage(PRODUCTION_LIMITS.uploads.perDayBytes) },
  });
  // The next day the quota is fresh.
  h.clock.set(new Date(h.clock.now().getTime() + 24 * 60 * 60 * 1000));
  expect((await h.upload(token, { bytes: jpeg(1000), kind: 'hukou_book' })).statusCode).toBe(200);
}, 30_000);

test('many small files: the daily count stops them', async () => {
  const { token } = await verifiedUser(h);
  const max = PRODUCTION_LIMITS.uploads.perDayCount;
  for (let i = 0; i < max; i += 1) expect((await h.upload(token, { bytes: jpeg(500), kind: 'hukou_book' })).statusCode).toBe(200);
  const over = await h.upload(token, { bytes: jpeg(500), kind: 'hukou_book' });
  expect(over.statusCode).toBe(429);
  expect(over.json().error).toEqual({ code: 'RATE_LIMITED', message: uploadCountMessage(max) });
}, 30_000);

test('a 50 MB body is refused from its Content-Length, before it is sent', async () => {
  const { token } = await verifiedUser(h);
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (h.app.server.address() as { port: number }).port;
  const reply = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('no answer without the body')), 3000);
    const socket = connect(port, '127.0.0.1', () => {
      // Only the head: the server must answer without waiting for 50 MB that never come.
      socket.write(
        `POST /api/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`,
      );
    });
    socket.on('data', (d) => {
      text += d.toString();
      if (text.includes('\r\n\r\n') && text.includes('}')) {
        clearTimeout(timer);
        socket.destroy();
        resolve(text);
      }
    });
    socket.on('error', reject);
  });
  expect(reply).toMatch(/^HTTP\/1\.1 413/);
  expect(reply).toContain('文件不能超过5MB');
});

// Finding: no request timeout — an unfinished body stayed open for minutes. Now the server closes a
// request whose head or body does not arrive in time (production: head 10 s, whole request 60 s).
import { connect, type Socket } from 'node:net';
import { createLocalDiskFileStore } from '../../cloud/adapters/files';
import { silentLogger } from '../../cloud/core/logger';
import { PRODUCTION_TIMEOUTS } from '../../cloud/gateway/hardening';
import { buildServer } from '../../cloud/gateway/server';
import { createHarness, type Harness } from '../api/harness';
import { join } from 'node:path';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ seed: 'townships' });
});
afterAll(() => h.close());

function server(timeouts?: Parameters<typeof buildServer>[0]['timeouts']) {
  return buildServer({
    db: h.db,
    devLogin: false,
    reminders: false,
    log: silentLogger,
    crypto: h.crypto,
    files: createLocalDiskFileStore(join(h.filesDir, 't')),
    ...(timeouts ? { timeouts } : {}),
  });
}

/** Resolves with what the server sent and how long until it closed the connection. */
function slowClient(port: number, send: (socket: Socket) => void): Promise<{ ms: number; reply: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let reply = '';
    const socket = connect(port, '127.0.0.1', () => send(socket));
    socket.on('data', (d) => (reply += d.toString()));
    socket.on('error', () => undefined);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server kept the connection open'));
    }, 8000);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - started, reply });
    });
  });
}

test('production defaults bound the head and the whole request', async () => {
  const app = server();
  await app.ready();
  expect(app.server.headersTimeout).toBe(PRODUCTION_TIMEOUTS.headersMs);
  expect(app.server.requestTimeout).toBe(PRODUCTION_TIMEOUTS.requestMs);
  expect(PRODUCTION_TIMEOUTS.requestMs).toBeLessThanOrEqual(60_000);
  expect(PRODUCTION_TIMEOUTS.headersMs).toBeLessThanOrEqual(10_000);
  await app.close();
});

test('an unfinished body is cut off at the request timeout', async () => {
  const app = server({ headersMs: 500, requestMs: 1000, checkIntervalMs: 100 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  try {
    const r = await slowClient(port, (s) =>
      s.write('POST /api/nursery HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"action":'),
    );
    expect(r.reply).toMatch(/^HTTP\/1\.1 408/);
    expect(r.ms).toBeLessThan(3000);
  } finally {
    await app.close();
  }
});

test('an unfinished head is cut off at the headers timeout', async () => {
  const app = server({ headersMs: 500, requestMs: 1000, checkIntervalMs: 100 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  try {
    const r = await slowClient(port, (s) => s.write('POST /api/nursery HTTP/1.1\r\nHost: x\r\n'));
    expect(r.ms).toBeLessThan(3000);
  } finally {
    await app.close();
  }
});

// A bounded HTTP load client for the benchmarks, run in a worker thread so that what it measures
// (latency, answers per second) does not wait on the event loop of a gateway in the same process,
// and a CPU profile of that gateway holds none of the client's work.
// workerData: { port, path, bodies: string[], headers?: {}, tokens?: string[], seconds, connections, spreadAddresses? }
// (tokens: bearer tokens taken in turn, so one caller's per-token limit is not what is measured)
// Each connection sends its next request when the last one is answered, until the time is up.
// With seconds 0 it runs until the parent posts 'stop'.
// Posts { requests, byStatus, seconds, p50, p99, max } (latencies in ms).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { port, path, bodies, headers = {}, tokens = [], seconds, connections, spreadAddresses = false } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const byStatus = {};
const times = [];
let counter = 0;

function one(i) {
  return new Promise((resolve) => {
    const body = bodies[i % bodies.length];
    const h = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers };
    if (tokens.length > 0) h.authorization = `Bearer ${tokens[i % tokens.length]}`;
    if (spreadAddresses) h['x-forwarded-for'] = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const t = performance.now();
    const done = (status) => {
      times.push(performance.now() - t);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      resolve();
    };
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, agent, headers: h }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', () => done(0));
    req.end(body);
  });
}

const started = performance.now();
let end = seconds > 0 ? started + seconds * 1000 : Infinity;
parentPort.on('message', (m) => {
  if (m === 'stop') end = 0;
});
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (performance.now() < end) await one((counter += 1));
  }),
);
const elapsed = (performance.now() - started) / 1000;
agent.destroy();
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
parentPort.postMessage({
  requests: times.length,
  byStatus,
  seconds: elapsed,
  p50: at(0.5),
  p99: at(0.99),
  max: times[times.length - 1] ?? NaN,
});
parentPort.close();

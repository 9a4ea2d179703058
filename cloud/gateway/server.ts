// The HTTP face of every cloud function: POST /api/<function> with an ApiRequest body, answered
// with the ApiResult envelope. Used by the H5 build, the tests and self-hosted deployments.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sql } from 'kysely';
import type { ApiResult, ErrorCode } from '../../domain/api/envelope';
import { dispatch } from '../core/dispatch';
import { INTERNAL_MESSAGE } from '../core/errors';
import { errorFields } from '../core/logger';
import { createRuntime, type RuntimeOptions } from '../core/runtime';
import { findFunction } from '../functions';
import { DEV_LOGIN_REFUSED } from '../handlers/account/devLogin';
import { scheduleReminders } from '../jobs/reminders';
import { scheduleRetention } from '../jobs/retention';
import { callerFromAuthorization } from './bearer';
import { filesRoutes } from './files';
import { cacheControlFor, precompressDir } from './precompress';
import {
  guardJsonDepth,
  inlineScriptHashes,
  perGatewayLimits,
  PRODUCTION_PRESSURE,
  PRODUCTION_TIMEOUTS,
  registerHeaders,
  registerPressure,
  serverFactory,
  type PressureOptions,
  type Timeouts,
} from './hardening';

export interface ServerOptions extends RuntimeOptions {
  /** The h5 build, served at `/` when given. */
  staticDir?: string;
  /**
   * The reminder job (cloud/jobs/reminders.ts): run when the server is ready and every hour after,
   * stopped on close. On by default; tests turn it off and call runReminders themselves.
   */
  reminders?: boolean | { intervalMs: number };
  /**
   * The retention job (cloud/jobs/retention.ts), hourly like the reminders. Unless given, it follows
   * `reminders`, so tests that turn the reminders off get no background deletions either.
   */
  retention?: boolean | { intervalMs: number };
  /** Server timeouts; production values unless given (tests shorten them). */
  timeouts?: Partial<Timeouts>;
  /** Overload shedding (503); production thresholds unless given. `false` only for test runs on a loaded machine. */
  pressure?: PressureOptions | false;
  /**
   * The per-gateway (in-memory) rate limits. On unless turned off; the shared ones in the database
   * follow `limits` (RuntimeOptions) and cannot be turned off, only relaxed.
   */
  perGatewayLimits?: boolean;
  /**
   * Security headers (helmet's, cloud/gateway/hardening.ts). On unless turned off; only scripts/throughputBenchmark.ts
   * turns them off, to measure the gateway without them in the same run.
   */
  securityHeaders?: boolean;
  /** Behind a reverse proxy: trust its X-Forwarded-For for the client address (Fastify's trustProxy). */
  trustProxy?: boolean | string;
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

function fail(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  const body: ApiResult<never> = { ok: false, error: { code, message } };
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
}

/** The h5 build's inline scripts, allowed by hash in the CSP (none when there is no index.html). */
function staticInlineScripts(dir: string): string[] {
  const index = join(dir, 'index.html');
  return existsSync(index) ? inlineScriptHashes(readFileSync(index, 'utf8')) : [];
}

function statusOf(result: ApiResult<unknown>): number {
  if (result.ok) return 200;
  if (result.error.code === 'INTERNAL') return 500;
  if (result.error.code === 'RATE_LIMITED') return 429;
  return 200;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const runtime = createRuntime(options);
  const timeouts = { ...PRODUCTION_TIMEOUTS, ...options.timeouts };
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    serverFactory: serverFactory(timeouts),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });
  // Headers on every response (API, files, the h5 app, errors), registered before any route.
  if (options.securityHeaders !== false) registerHeaders(app, options.staticDir ? staticInlineScripts(options.staticDir) : []);
  if (options.pressure !== false) registerPressure(app, options.pressure ?? PRODUCTION_PRESSURE);
  guardJsonDepth(app, BODY_LIMIT_BYTES);

  // Malformed bodies (bad JSON, wrong content type, too large) still get the envelope.
  app.setErrorHandler((error: { statusCode?: number; code?: string; message?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_JSON_TOO_DEEP') return fail(reply, 400, 'INVALID_INPUT', error.message ?? '请求格式不正确');
    if (status === 413) return fail(reply, 413, 'INVALID_INPUT', '请求内容过大');
    if (status === 415) return fail(reply, 415, 'INVALID_INPUT', '请求格式不正确，请以 JSON 提交');
    if (status >= 400 && status < 500) return fail(reply, 400, 'INVALID_INPUT', '请求格式不正确');
    runtime.log.error('gateway error', { url: request.url, ...errorFields(error) });
    return fail(reply, 500, 'INTERNAL', INTERNAL_MESSAGE);
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return fail(reply, 404, 'NOT_FOUND', '请求的服务不存在');
    return reply.code(404).type('text/plain; charset=utf-8').send('Not Found');
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(runtime.db);
      return { ok: true };
    } catch (e) {
      runtime.log.error('health check failed', errorFields(e));
      return reply.code(503).send({ ok: false });
    }
  });

  app.register(async (api) => {
    const limited = options.perGatewayLimits === false ? undefined : await perGatewayLimits(api, runtime.limits);
    api.post<{ Params: { fn: string } }>('/api/:fn', async (request, reply) => {
      const requestId = randomUUID();
      reply.header('x-request-id', requestId);
      const fn = findFunction(request.params.fn);
      if (!fn) return fail(reply, 404, 'NOT_FOUND', '请求的服务不存在');

      const body = request.body;
      if (!isRecord(body) || typeof body.action !== 'string' || body.action === '') {
        return fail(reply, 400, 'INVALID_INPUT', '请求格式不正确');
      }
      const refused = await limited?.(request, reply);
      if (refused) return refused;
      if (fn.name === 'account' && body.action === 'devLogin' && !runtime.devLogin) {
        return fail(reply, 200, 'FORBIDDEN', DEV_LOGIN_REFUSED);
      }

      const caller = await callerFromAuthorization(runtime.db, request.headers.authorization, runtime.clock.now(), runtime.sessionPolicy);
      const result = await dispatch(fn, body, { runtime, caller, requestId, address: request.ip });
      return reply.code(statusOf(result)).send(result);
    });
  });

  // Uploads and downloads (multipart lives only in that plugin's scope).
  app.register(filesRoutes(runtime));

  const reminders = options.reminders ?? true;
  const retention = options.retention ?? reminders;
  // Started when the server is ready, stopped (the run in progress finished) when it closes.
  const background = (start: () => { stop(): Promise<void> }) => {
    let running: { stop(): Promise<void> } | undefined;
    app.addHook('onReady', async () => {
      running = start();
    });
    app.addHook('onClose', async () => {
      await running?.stop();
    });
  };
  const intervalOf = (job: boolean | { intervalMs: number }) => (typeof job === 'object' ? job.intervalMs : undefined);
  if (reminders !== false) background(() => scheduleReminders(runtime, intervalOf(reminders)));
  if (retention !== false) background(() => scheduleRetention(runtime, intervalOf(retention)));

  if (options.staticDir) {
    const staticDir = options.staticDir;
    // Compressed copies made once (not per request); a build that has none gets them now, in the
    // background — until then files go out as they are.
    app.addHook('onReady', async () => {
      precompressDir(staticDir).catch((e: unknown) => runtime.log.warn('h5 build not precompressed', errorFields(e)));
    });
    app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => res.setHeader('cache-control', cacheControlFor(path)),
    });
  }

  return app;
}

// What stands in front of every action (issue 14): security headers (helmet's, worked out once), overload
// shedding (@fastify/under-pressure), per-gateway rate limits (@fastify/rate-limit, limits from
// cloud/security/rateLimits.ts), server timeouts, and a JSON parser that refuses deep nesting before
// it parses anything.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiResult, ErrorCode } from '../../domain/api/envelope';
import { OVERLOADED_MESSAGE } from '../core/errors';
import { actionLimit, rateLimitedMessage, type Limit, type RateLimits } from '../security/rateLimits';

/** The h5 app's policy: its own scripts only, Taro's inline styles, no framing by anyone. */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, string[]>> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
};

/** Uploaded files: nothing runs, nothing loads, the document is sandboxed (a PDF with JavaScript stays inert). */
export const FILE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

export interface Timeouts {
  /** The whole request head must arrive within this. */
  headersMs: number;
  /** The whole request (head and body) must arrive within this. */
  requestMs: number;
  /** An idle connection (no bytes either way) is closed after this. */
  idleMs: number;
  /**
   * How long an idle keep-alive connection stays open. Longer than a load balancer's usual 60 s
   * (Fastify's own default, 72 s): the side that closes an idle connection must be the client, or a
   * request sent on it as the server closes it dies with ECONNRESET.
   */
  keepAliveMs: number;
  /** How often Node looks for requests past their time (its default, 30 s, is too coarse). */
  checkIntervalMs: number;
}

export const PRODUCTION_TIMEOUTS: Timeouts = {
  headersMs: 10_000,
  requestMs: 60_000,
  idleMs: 30_000,
  keepAliveMs: 72_000,
  checkIntervalMs: 1_000,
};

/** The http.Server with the timeouts set from its constructor (Fastify passes its handler). */
export function serverFactory(timeouts: Timeouts) {
  return (handler: (req: IncomingMessage, res: ServerResponse) => void): Server => {
    const server = createServer(
      {
        headersTimeout: timeouts.headersMs,
        requestTimeout: timeouts.requestMs,
        keepAliveTimeout: timeouts.keepAliveMs,
        connectionsCheckingInterval: timeouts.checkIntervalMs,
      },
      handler,
    );
    server.setTimeout(timeouts.idleMs);
    return server;
  };
}

export const JSON_MAX_DEPTH = 32;
export const TOO_DEEP_MESSAGE = `请求内容嵌套层数过多（最多${JSON_MAX_DEPTH}层）`;

/**
 * Whether the JSON text nests arrays/objects deeper than `max`: one pass over the characters,
 * skipping strings, so a megabyte of `[[[` is refused in a millisecond instead of being parsed.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i += 1;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return false;
}

function envelope(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/** The JSON body parser with the depth check first; the rest is Fastify's own (prototype poisoning refused). */
export function guardJsonDepth(app: FastifyInstance, bodyLimit: number): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, JSON_MAX_DEPTH)) {
      const error = Object.assign(new Error(TOO_DEEP_MESSAGE), { statusCode: 400, code: 'FST_JSON_TOO_DEEP' });
      done(error, undefined);
      return;
    }
    parse(request, text, done);
  });
}

/**
 * The 'sha256-…' sources of the inline scripts in the h5 build's index.html (Taro's viewport script,
 * which sets the root font size every rem is measured in): allowed by hash, never 'unsafe-inline'.
 */
export function inlineScriptHashes(indexHtml: string): string[] {
  const hashes: string[] = [];
  for (const match of indexHtml.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? '';
    if (body.trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * helmet's headers for our policy. They depend on the configuration only, never on the request, so
 * helmet runs once here and every response gets the same list (@fastify/helmet ran helmet — and
 * parsed the whole policy again — on every request: 6 % of a search's CPU, scripts/readCost.ts).
 */
export function securityHeaders(extraScriptSources: readonly string[] = []): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CONTENT_SECURITY_POLICY, scriptSrc: [...(CONTENT_SECURITY_POLICY.scriptSrc ?? []), ...extraScriptSources] },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The h5 app loads nothing cross-origin; these stay at helmet's defaults otherwise.
    crossOriginEmbedderPolicy: false,
    hsts: { maxAge: 15_552_000, includeSubDomains: true },
  });
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

/** On the root instance (not inside a plugin) and first: every route and error answer gets them, a route may override one. */
export function registerHeaders(app: FastifyInstance, extraScriptSources: readonly string[] = []): void {
  const headers = securityHeaders(extraScriptSources);
  app.addHook('onRequest', function securityHeadersHook(_request, reply, done) {
    reply.headers(headers);
    done();
  });
}

export interface PressureOptions {
  /**
   * Requests wait this long behind others before the gateway sheds new ones with 503. (Utilisation
   * is not used: a gateway busy 100 % but answering in time is working, not overloaded.)
   */
  maxEventLoopDelayMs: number;
  /** Past this heap, new requests get 503 until it falls. */
  maxHeapUsedBytes: number;
}

export const PRODUCTION_PRESSURE: PressureOptions = { maxEventLoopDelayMs: 1000, maxHeapUsedBytes: 1536 * 1024 * 1024 };

export function registerPressure(app: FastifyInstance, options: PressureOptions): void {
  app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    maxHeapUsedBytes: options.maxHeapUsedBytes,
    retryAfter: 10,
    pressureHandler: (_request: FastifyRequest, reply: FastifyReply) => {
      void reply
        .code(503)
        .header('retry-after', '10')
        .header('content-type', 'application/json; charset=utf-8')
        .send(envelope('UNAVAILABLE', OVERLOADED_MESSAGE));
    },
  });
}

/** One request's name for the limits: 'function.action' of a POST /api/<function> body. */
export function callName(request: FastifyRequest): string | undefined {
  const fn = (request.params as { fn?: unknown } | undefined)?.fn;
  const body = request.body as { action?: unknown } | undefined;
  if (typeof fn !== 'string' || !body || typeof body.action !== 'string') return undefined;
  return `${fn}.${body.action}`;
}

function tokenKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || header === '') return undefined;
  return createHash('sha256').update(header).digest('base64url').slice(0, 22);
}

export type LimitCheck = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

/**
 * The per-gateway limits, by address and by session token: an action with its own per-gateway
 * row counts alone, every other action counts in one pool. Shared (database) rows are dispatch's.
 * Answers 429 with the envelope when a limit is passed; undefined when the call may go on.
 */
export async function perGatewayLimits(app: FastifyInstance, limits: RateLimits): Promise<LimitCheck> {
  await app.register(rateLimit, { global: false });
  const own = (request: FastifyRequest) => {
    const name = callName(request);
    if (!name) return undefined;
    const [fn, action] = name.split('.') as [string, string];
    const row = actionLimit(limits, fn, action);
    return row && !row.shared ? { name, row } : undefined;
  };
  const limitOf = (request: FastifyRequest, kind: 'perCaller' | 'perAddress'): Limit => own(request)?.row[kind] ?? limits.default[kind];
  const bucket = (request: FastifyRequest) => own(request)?.name ?? '*';

  const byAddress = app.createRateLimit({
    keyGenerator: (request) => `a|${request.ip}|${bucket(request)}`,
    max: (request) => limitOf(request, 'perAddress').max,
    timeWindow: (request) => limitOf(request, 'perAddress').windowSeconds * 1000,
  });
  const byCaller = app.createRateLimit({
    keyGenerator: (request) => `c|${tokenKey(request) ?? ''}|${bucket(request)}`,
    allowList: (request) => tokenKey(request) === undefined,
    max: (request) => limitOf(request, 'perCaller').max,
    timeWindow: (request) => limitOf(request, 'perCaller').windowSeconds * 1000,
  });

  return async (request, reply) => {
    for (const [check, kind] of [
      [byAddress, 'perAddress'],
      [byCaller, 'perCaller'],
    ] as const) {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) {
        const limit = limitOf(request, kind);
        return reply
          .code(429)
          .header('retry-after', String(result.ttlInSeconds))
          .header('content-type', 'application/json; charset=utf-8')
          .send(envelope('RATE_LIMITED', rateLimitedMessage(limit.windowSeconds)));
      }
    }
    return undefined;
  };
}

// Every limit on how often and how much, in one place (issue 14). The gateway and dispatch read
// this table; nothing else hard-codes a count.
//
// Two kinds of counters:
// - `shared` limits are kept in the database (rate_counters), so they hold across every gateway
//   and the CloudBase entry: the sensitive actions (real-name attempts, sign-in, ID-number
//   look-ups, uploads) and the cap on audited refusals.
// - the rest are per gateway (@fastify/rate-limit, in memory): cheap enough for every request.
//
// The production table is the default everywhere. Tests and local development may pass a relaxed
// copy (`scaledLimits`); nothing is relaxed unless a caller asks for it by name.
import { isProduction } from '../core/mode';

export interface Limit {
  max: number;
  windowSeconds: number;
}

export interface ActionLimit {
  /** Per signed-in person (shared) or per session token (per gateway). */
  perCaller?: Limit;
  /** Per client address. */
  perAddress?: Limit;
  /** Kept in the database, across gateways. Otherwise per gateway. */
  shared?: boolean;
  /**
   * Shared limits only: when a caller's count in the window reaches this, the health bureau sees a
   * `volume.flag` entry on the 审计日志 page (and another when the limit stops them).
   */
  flagAt?: number;
}

export interface RateLimits {
  /** Every action without its own row, per gateway: all actions of one caller or address together. */
  default: { perCaller: Limit; perAddress: Limit };
  /** By 'function.action'. */
  actions: Readonly<Record<string, ActionLimit>>;
  /** Uploads (POST /api/files): per person per Shanghai calendar day, and per address. */
  uploads: { perDayCount: number; perDayBytes: number; perAddress: Limit };
  /** Refused calls written to the audit log per person per window; beyond it, one note and silence. */
  refusedAudit: Limit;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const PRODUCTION_LIMITS: RateLimits = {
  default: {
    perCaller: { max: 300, windowSeconds: MINUTE },
    // Mobile carriers put many people behind one address: generous, but far below a flood.
    perAddress: { max: 1200, windowSeconds: MINUTE },
  },
  actions: {
    // Public search: the cheapest thing to hammer.
    'nursery.search': { perCaller: { max: 60, windowSeconds: MINUTE }, perAddress: { max: 300, windowSeconds: MINUTE } },
    'nursery.detail': { perCaller: { max: 120, windowSeconds: MINUTE }, perAddress: { max: 600, windowSeconds: MINUTE } },
    // Real-name attempts (the handler itself belongs to the sign-in work; its limits live here).
    'account.verifyIdentity': { shared: true, perCaller: { max: 5, windowSeconds: HOUR }, perAddress: { max: 30, windowSeconds: HOUR } },
    // Sign-in: the demo login and WeChat sign-in (account.signIn, added with real sign-in).
    'account.devLogin': { shared: true, perAddress: { max: 30, windowSeconds: MINUTE } },
    'account.signIn': { shared: true, perAddress: { max: 30, windowSeconds: MINUTE } },
    // Staff look-ups by ID number: per clerk per hour, flagged to the bureau well before the stop.
    'vaccine.findChildren': { shared: true, perCaller: { max: 60, windowSeconds: HOUR }, flagAt: 30 },
    'childHealth.findChildren': { shared: true, perCaller: { max: 60, windowSeconds: HOUR }, flagAt: 30 },
    'maternal.findMothers': { shared: true, perCaller: { max: 60, windowSeconds: HOUR }, flagAt: 30 },
    'account.grantRole': { shared: true, perCaller: { max: 60, windowSeconds: HOUR } },
  },
  uploads: { perDayCount: 20, perDayBytes: 40 * 1024 * 1024, perAddress: { max: 60, windowSeconds: HOUR } },
  refusedAudit: { max: 20, windowSeconds: HOUR },
};

function scale(limit: Limit, factor: number): Limit {
  return { max: limit.max * factor, windowSeconds: limit.windowSeconds };
}

function scaleAction(row: ActionLimit, factor: number): ActionLimit {
  return {
    ...row,
    ...(row.perCaller ? { perCaller: scale(row.perCaller, factor) } : {}),
    ...(row.perAddress ? { perAddress: scale(row.perAddress, factor) } : {}),
    ...(row.flagAt !== undefined ? { flagAt: row.flagAt * factor } : {}),
  };
}

/** The same table with every count multiplied: for tests and local runs that call far more than a person. */
export function scaledLimits(factor: number, base: RateLimits = PRODUCTION_LIMITS): RateLimits {
  return {
    default: { perCaller: scale(base.default.perCaller, factor), perAddress: scale(base.default.perAddress, factor) },
    actions: Object.fromEntries(Object.entries(base.actions).map(([name, row]) => [name, scaleAction(row, factor)])),
    uploads: {
      perDayCount: base.uploads.perDayCount * factor,
      perDayBytes: base.uploads.perDayBytes * factor,
      perAddress: scale(base.uploads.perAddress, factor),
    },
    refusedAudit: base.refusedAudit,
  };
}

/** Env RATE_LIMITS: unset means production; 'relaxed' (development only: cloud/core/mode.ts) multiplies by 100. */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>>): RateLimits {
  const value = env.RATE_LIMITS ?? '';
  if (value === '' || value === 'production') return PRODUCTION_LIMITS;
  if (value === 'relaxed') {
    if (isProduction(env)) throw new Error('生产环境不能放宽访问频率限制（请去掉 RATE_LIMITS）');
    return scaledLimits(100);
  }
  throw new Error(`RATE_LIMITS 只能为 production 或 relaxed，收到 ${value}`);
}

export function actionLimit(limits: RateLimits, fn: string, action: string): ActionLimit | undefined {
  const key = `${fn}.${action}`;
  return Object.prototype.hasOwnProperty.call(limits.actions, key) ? limits.actions[key] : undefined;
}

/** '1小时' / '5分钟' / '30秒': how long until a window that long is over, at worst. */
export function windowText(seconds: number): string {
  if (seconds % DAY === 0) return `${seconds / DAY}天`;
  if (seconds % HOUR === 0) return `${seconds / HOUR}小时`;
  if (seconds % MINUTE === 0) return `${seconds / MINUTE}分钟`;
  return `${seconds}秒`;
}

export function rateLimitedMessage(windowSeconds: number): string {
  return `操作过于频繁，请${windowText(windowSeconds)}后再试`;
}

// Feeds every action of every cloud function (read from the live map, so a new action is fuzzed
// without anyone listing it) with generated bad input, as callers that get past the role checks,
// and records each answer that is not a structured error or a proper success, and each rejected
// input that changed the database. Used by the jest `fuzz` project (small) and scripts/fuzz.ts (full).
import fc from 'fast-check';
import { sql } from 'kysely';
import type { ErrorCode } from '../../domain/api/envelope';
import { functions } from '../../cloud/functions';
import { DEMO_ACCOUNTS } from '../../cloud/handlers/account/demoAccounts';
import type { Harness } from '../api/harness';
import { TODAY } from '../api/harness';
import { badInputFor, keyArbitrary } from './badInput';
import { validExamples } from './validExamples';

const ERROR_CODES: readonly ErrorCode[] = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'NOT_VERIFIED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_ACTION',
  'UNAVAILABLE',
];
const KEPT_OUT: readonly ErrorCode[] = ['UNAUTHENTICATED', 'NOT_VERIFIED', 'FORBIDDEN'];
const CHINESE = /[\u4e00-\u9fff]/;
const ALLOWED_STATUS = new Set([200, 400, 413, 415]);

export interface ActionStats {
  action: string;
  callers: string[];
  tried: number;
  structuredErrors: number;
  successes: number;
  crashes: number;
}

export interface Problem {
  action: string;
  caller: string;
  reason: string;
  status: number;
  input: string;
  body: string;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Only actions whose `fn.action` name matches. */
  only?: RegExp;
  onAction?: (stats: ActionStats) => void;
}

interface Caller {
  name: string;
  token: string | undefined;
}

let keySeq = 0;
const freshKey = () => `fuzz-${Date.now().toString(36)}-${(keySeq += 1)}`;

function clip(value: unknown, max = 300): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}

/** Row count of every table, in one statement. */
async function tableCounter(h: Harness): Promise<() => Promise<string>> {
  const rows = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(h.db);
  // What a rejected call may write by design (issue 14): the rate counters, and the audit entry of a
  // refused access (FORBIDDEN / NOT_FOUND). Every other row must stay as it was.
  const counted = (name: string) =>
    name === 'audit_log'
      ? `(select count(*) from "audit_log" where action not in ('access.refused', 'access.refused.capped', 'volume.flag')) as "audit_log"`
      : `(select count(*) from "${name.replace(/"/g, '""')}") as "${name.replace(/"/g, '""')}"`;
  const columns = rows.rows.filter((r) => r.name !== 'rate_counters').map((r) => counted(r.name));
  const query = sql.raw<Record<string, number>>(`select ${columns.join(', ')}`);
  return async () => JSON.stringify((await query.execute(h.db)).rows[0]);
}

function changedTables(before: string, after: string): string {
  const a = JSON.parse(before) as Record<string, number>;
  const b = JSON.parse(after) as Record<string, number>;
  return Object.keys(b)
    .filter((t) => a[t] !== b[t])
    .map((t) => `${t} ${a[t]}→${b[t]}`)
    .join(', ');
}

/** Why an answer is not acceptable, or undefined when it is. */
function envelopeProblem(status: number, answer: unknown): string | undefined {
  if (!ALLOWED_STATUS.has(status)) return `HTTP ${status}`;
  if (answer === null || typeof answer !== 'object') return 'body is not an envelope';
  const body = answer as { ok?: unknown; data?: unknown; error?: unknown };
  if (body.ok === true) return 'data' in body && body.data !== undefined ? undefined : 'success without data';
  if (body.ok !== false || typeof body.error !== 'object' || body.error === null) return 'body is not an envelope';
  const { code, message, fields } = body.error as { code?: unknown; message?: unknown; fields?: unknown };
  if (!ERROR_CODES.includes(code as ErrorCode)) return `error code ${String(code)}`;
  if (typeof message !== 'string' || !CHINESE.test(message)) return 'error message is not a Chinese sentence';
  if (fields !== undefined) {
    if (typeof fields !== 'object' || fields === null) return 'fields is not a map';
    for (const [path, text] of Object.entries(fields)) {
      if (typeof text !== 'string' || !CHINESE.test(text)) return `field message for ${path} is not Chinese`;
    }
  }
  return undefined;
}

/** Audit rows written since `afterRowid` that miss who, what or on which record. */
async function halfWrittenAuditRows(h: Harness, afterRowid: number): Promise<{ bad: number; last: number }> {
  const rows = await sql<{
    rowid: number;
    actor_user_id: string;
    actor_role: string;
    action: string;
    target_type: string;
    target_id: string;
    detail_json: string;
  }>`
    select rowid, actor_user_id, actor_role, action, target_type, target_id, detail_json from audit_log where rowid > ${afterRowid} order by rowid`.execute(
    h.db,
  );
  let bad = 0;
  let last = afterRowid;
  for (const r of rows.rows) {
    last = Math.max(last, r.rowid);
    const complete = [r.actor_user_id, r.actor_role, r.action, r.target_type, r.target_id].every((v) => typeof v === 'string' && v !== '');
    let detailOk = true;
    try {
      JSON.parse(r.detail_json);
    } catch {
      detailOk = false;
    }
    if (!complete || !detailOk) bad += 1;
  }
  return { bad, last };
}

async function send(h: Harness, token: string | undefined, fn: string, action: string, input: unknown, key: unknown) {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/${fn}`,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify({ action, input, ...(key === undefined ? {} : { idempotencyKey: key }) }),
  });
  let body: unknown;
  try {
    body = res.json();
  } catch {
    body = res.body;
  }
  return { status: res.statusCode, body };
}

async function signIn(h: Harness): Promise<Caller[]> {
  const callers: Caller[] = [{ name: 'anonymous', token: undefined }];
  for (const demo of DEMO_ACCOUNTS) callers.push({ name: demo, token: (await h.login(demo)).token });
  return callers;
}

/** The callers that get past the role checks of an action (all of them when none does). */
async function reachingCallers(h: Harness, callers: Caller[], fn: string, action: string): Promise<Caller[]> {
  const reaching: Caller[] = [];
  for (const c of callers) {
    const { body } = await send(h, c.token, fn, action, {}, freshKey());
    const code = (body as { error?: { code?: ErrorCode } } | null)?.error?.code;
    if (!code || !KEPT_OUT.includes(code)) reaching.push(c);
  }
  return reaching.length > 0 ? reaching : callers;
}

export function actionNames(): string[] {
  return Object.entries(functions).flatMap(([fn, def]) => Object.keys(def.actions).map((a) => `${fn}.${a}`));
}

export async function fuzzEveryAction(h: Harness, options: FuzzOptions): Promise<{ stats: ActionStats[]; problems: Problem[] }> {
  let callers = await signIn(h);
  const examples = await validExamples(h.db, TODAY);
  const count = await tableCounter(h);
  const stats: ActionStats[] = [];
  const problems: Problem[] = [];
  let auditRowid = (await halfWrittenAuditRows(h, 0)).last;
  let errorLogs = h.logs.filter((l) => l.level === 'error').length;

  for (const name of actionNames()) {
    if (options.only && !options.only.test(name)) continue;
    const [fn, action] = name.split('.') as [string, string];
    const reaching = await reachingCallers(h, callers, fn, action);
    const s: ActionStats = { action: name, callers: reaching.map((c) => c.name), tried: 0, structuredErrors: 0, successes: 0, crashes: 0 };
    const cases = fc.tuple(badInputFor(examples[name] ?? {}), keyArbitrary(freshKey), fc.nat(reaching.length - 1));
    // Sampled in batches: a batch holds some 100 KB strings, so 10 000 at once would be a lot of memory.
    const batch = 250;
    for (let done = 0; done < options.runs; done += batch) {
      const samples = fc.sample(cases, { numRuns: Math.min(batch, options.runs - done), seed: options.seed + done * 7919 + stats.length });
      for (const [input, key, who] of samples) {
        const caller = reaching[who]!;
        const before = await count();
        const { status, body } = await send(h, caller.token, fn, action, input, key);
        const after = await count();
        s.tried += 1;
        const report = (reason: string) => {
          s.crashes += 1;
          problems.push({ action: name, caller: caller.name, reason, status, input: clip(input), body: clip(body) });
        };
        const bad = envelopeProblem(status, body);
        const ok = (body as { ok?: unknown } | null)?.ok === true;
        if (bad) report(bad);
        else if (ok) s.successes += 1;
        else s.structuredErrors += 1;
        if (!ok && before !== after) report(`rejected input changed the database: ${changedTables(before, after)}`);
        const audit = await halfWrittenAuditRows(h, auditRowid);
        auditRowid = audit.last;
        if (audit.bad > 0) report(`${audit.bad} half-written audit rows`);
        const errors = h.logs.filter((l) => l.level === 'error').length;
        if (errors > errorLogs) report(`server logged an error: ${clip(h.logs[h.logs.length - 1])}`);
        errorLogs = errors;
      }
    }
    stats.push(s);
    options.onAction?.(s);
    // An action that ends sessions (account.signOut) leaves the callers signed out: sign them in again.
    if (name === 'account.signOut') callers = await signIn(h);
  }
  return { stats, problems };
}

// The health bureau's dashboard at a province's volume: 400 000 births (about one year of 云南),
// 50 000 出生一件事 cases with their five steps and timelines, 20 000 subsidy applications and 2 000
// nurseries, then `dashboard.dashboard` timed through the gateway (Fastify inject and a real listen on
// 8990) for several filters, with the query plans of every query one load runs. Not part of `npm test`:
//   npx tsx scripts/dashboardBenchmark.ts [births=400000] [cases=50000] [loads=100]
//
// The rows are written with batch inserts, not through the handlers (400 000 handler calls would take
// an hour and the figures only read these tables): fact rows as the live paths would write them, and
// cases whose steps, events and timestamps follow the bundle graph (pending → accepted → done, some
// hukou steps rejected and resubmitted, late ones still open); then the two count tables the live
// paths keep in step (birth_counts, step_durations) are built from them with the repair functions. Townships are 盈江's 16 codes weighted
// by population — the action only accepts those, and 16 large townships is the harder case for the
// township filter (25 000 births each rather than a few hundred).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Insertable } from 'kysely';
import { BUNDLE_STEPS } from '../domain/birth/bundleGraph';
import type { BundleStepKey } from '../domain/birth/types';
import { addDays } from '../domain/dates';
import { TOWNSHIPS, type TownshipCode } from '../domain/place/townships';
import { RULES } from '../domain/subsidy/rules';
import { createLocalDiskFileStore } from '../cloud/adapters/files';
import { silentLogger } from '../cloud/core/logger';
import { insertInstitutionsBatch, touchNurseryGeneration } from '../cloud/db/repos/nurseries';
import { createSession } from '../cloud/db/repos/sessions';
import type { Database } from '../cloud/db/tables';
import { buildServer } from '../cloud/gateway/server';
import { loadFigures } from '../cloud/handlers/dashboard/figures';
import { bundleTurnaround } from '../cloud/handlers/dashboard/bundle';
import { nurseryFigures } from '../cloud/handlers/dashboard/nurseries';
import { subsidyFigures } from '../cloud/handlers/dashboard/subsidies';
import { rebuildStepDurations } from '../cloud/handlers/dashboard/stepDurations';
import { birthCountCells, rebuildBirthCounts } from '../cloud/db/repos/birthFacts';
import { fillSubsidyCounts } from '../cloud/db/repos/subsidyCounts';
import { figureScope } from '../cloud/handlers/dashboard/scope';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { generateInstitutions, seededRandom } from './nurseryGenerator';
import { insertBatches, runScript, scratchSqlite } from './database/scratch';

const PORT = 8990;
const YEAR = 2026;
/** Subsidy applications to seed (one per 出生一件事 child at most): `npx tsx scripts/dashboardBenchmark.ts [births] [cases] [loads] [applications]`. */
const APPLICATIONS = Number(process.argv[5] ?? 20_000);
/** The benchmark's "now": the year is over, its last cases are still being worked. */
const NOW = new Date(`${YEAR + 1}-01-10T02:00:00.000Z`);
const TODAY = `${YEAR + 1}-01-10`;
const DAY_MS = 86_400_000;
const BATCH = 1000;

type Random = () => number;

function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = random() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items.at(-1)![0];
}

const TOWNSHIP_WEIGHTS = TOWNSHIPS.map((t) => [t.code, t.population ?? 1000] as const);
// Births run higher in the autumn and winter months (national seasonality).
const MONTH_WEIGHTS = [8.6, 7.4, 8.0, 7.7, 7.9, 7.8, 8.3, 8.6, 8.9, 9.2, 8.9, 8.7].map((w, i) => [i + 1, w] as const);
// 云南's larger groups (2020 census shares, rounded), the rest together; a few births of unknown 民族.
const ETHNICITY_WEIGHTS = [
  ['han', 60],
  ['yi', 11],
  ['hani', 3.6],
  ['bai', 3.4],
  ['dai', 2.7],
  ['zhuang', 2.6],
  ['miao', 2.7],
  ['hui', 1.6],
  ['lisu', 1.5],
  ['lahu', 1.1],
  ['wa', 0.9],
  ['naxi', 0.7],
  ['yao', 0.5],
  ['jingpo', 0.3],
  ['zang', 0.3],
  ['bulang', 0.3],
  ['achang', 0.1],
  ['deang', 0.05],
  [null, 4],
] as const;
const ORDER_WEIGHTS = [
  [1, 45],
  [2, 38],
  [3, 10],
  [4, 2],
  [null, 5],
] as const;
const REJECT_REASONS = [
  '户主姓名与户口簿不一致，请核对后重新提交',
  '出生医学证明编号有误，请核对',
  '户口簿地址与申报地址不一致',
  '缺少户口簿首页，请补充上传',
  '父母婚姻状况信息需补充',
  '孩子姓名含生僻字，请到派出所窗口核对',
] as const;

function iso(dayDate: string, random: Random): string {
  // Office hours in Shanghai: 09:00–17:00 (+08:00) is 01:00–09:00 UTC.
  const ms = Date.parse(`${dayDate}T01:00:00.000Z`) + Math.floor(random() * 8 * 3_600_000);
  return new Date(ms).toISOString();
}

function birthDateOf(random: Random): string {
  const month = weighted(random, MONTH_WEIGHTS);
  const days = new Date(Date.UTC(YEAR, month, 0)).getUTCDate();
  return `${YEAR}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * days)).padStart(2, '0')}`;
}

let countsMs = 0;

interface Seeded {
  births: number;
  cases: number;
  steps: number;
  events: number;
  applications: number;
}

async function seed(db: Kysely<Database>, births: number, caseCount: number, random: Random): Promise<Seeded> {
  const at = NOW.toISOString();
  await db.insertInto('families').values({ id: 'bench-family', created_at: at }).execute();
  await db
    .insertInto('users')
    .values({
      id: 'bench-parent',
      openid: 'bench-parent',
      created_at: at,
      verified_name: '基准样例家长',
      id_number_enc: null,
      id_number_hash: null,
      sex: 'F',
      birth_date: '1995-01-01',
      verified_at: at,
      family_id: 'bench-family',
    })
    .execute();
  await db
    .insertInto('users')
    .values({
      id: 'bench-clerk',
      openid: 'bench-clerk',
      created_at: at,
      verified_name: '基准样例办事员',
      id_number_enc: null,
      id_number_hash: null,
      sex: 'M',
      birth_date: '1985-01-01',
      verified_at: at,
      family_id: null,
    })
    .execute();

  // Births: 80% through 出生一件事 (sex known), 20% 补登 生育登记 (sex not recorded). The first
  // `caseCount` case births get real cases below.
  const facts: Insertable<Database['birth_facts']>[] = [];
  const caseBirths: { id: string; birthDate: string; township: TownshipCode }[] = [];
  for (let i = 0; i < births; i += 1) {
    const fromCase = random() < 0.8;
    const birthDate = birthDateOf(random);
    const township = weighted(random, TOWNSHIP_WEIGHTS);
    const id = fromCase ? `case-${String(i).padStart(7, '0')}` : `reg-${String(i).padStart(7, '0')}`;
    facts.push({
      source: fromCase ? 'birth_case' : 'registration',
      source_id: id,
      birth_date: birthDate,
      month: birthDate.slice(0, 7),
      township,
      sex: fromCase ? (random() < 0.522 ? 'M' : 'F') : null,
      birth_order: weighted(random, ORDER_WEIGHTS),
      ethnicity: weighted(random, ETHNICITY_WEIGHTS),
      updated_at: at,
    });
    if (fromCase && caseBirths.length < caseCount) caseBirths.push({ id, birthDate, township });
  }
  await insertBatches(db, 'birth_facts', facts, BATCH);

  const cases: Insertable<Database['birth_cases']>[] = [];
  const steps: Insertable<Database['bundle_steps']>[] = [];
  const events: Insertable<Database['bundle_step_events']>[] = [];
  const children: Insertable<Database['children']>[] = [];
  let eventId = 0;
  for (const [n, c] of caseBirths.entries()) {
    const submitted = iso(addDays(c.birthDate, Math.floor(random() * 8)), random);
    const event = (
      step: BundleStepKey,
      status: Database['bundle_step_events']['status'],
      when: string,
      seq: number,
      note: string | null = null,
    ) =>
      events.push({
        id: `ev-${eventId++}`,
        case_id: c.id,
        step,
        seq,
        at: when,
        status,
        by: status === 'pending' ? 'system' : 'clerk',
        actor_user_id: status === 'pending' ? null : 'bench-clerk',
        note,
      });
    let seq = 0;
    const doneAt = new Map<BundleStepKey, string>();
    let caseOpen = false;
    let caseRejected = false;
    for (const def of BUNDLE_STEPS) {
      const ready =
        def.dependsOn.length === 0
          ? submitted
          : def.dependsOn.map((d) => doneAt.get(d)).every(Boolean)
            ? def.dependsOn
                .map((d) => doneAt.get(d)!)
                .sort()
                .at(-1)!
            : undefined;
      if (!ready) {
        steps.push({
          case_id: c.id,
          step: def.key,
          status: 'waiting',
          since: submitted,
          result_json_enc: null,
          reject_reason: null,
          updated_at: submitted,
        });
        event(def.key, 'waiting', submitted, seq++);
        caseOpen = true;
        continue;
      }
      let since = ready;
      event(def.key, 'pending', since, seq++);
      // Department time in days: mostly quick, a long tail (hukou and the card take longest).
      const slow = def.key === 'hukou' || def.key === 'social_security' ? 12 : def.key === 'medical_insurance' ? 6 : 2;
      if (def.key === 'hukou' && random() < 0.06) {
        const rejectedAt = new Date(Date.parse(since) + Math.floor(random() * 3 * DAY_MS)).toISOString();
        const reason = REJECT_REASONS[Math.floor(random() * REJECT_REASONS.length)]!;
        event(def.key, 'rejected', rejectedAt, seq++, reason);
        since = new Date(Date.parse(rejectedAt) + Math.floor((1 + random() * 6) * DAY_MS)).toISOString();
        if (since > at) {
          steps.push({
            case_id: c.id,
            step: def.key,
            status: 'rejected',
            since: ready,
            result_json_enc: null,
            reject_reason: reason,
            updated_at: rejectedAt,
          });
          caseRejected = true;
          continue;
        }
        event(def.key, 'pending', since, seq++, '已补正并重新提交');
      }
      const accepted = new Date(Date.parse(since) + Math.floor(random() * DAY_MS)).toISOString();
      const done = new Date(Date.parse(accepted) + Math.floor(Math.pow(random(), 2) * slow * 3 * DAY_MS + random() * DAY_MS)).toISOString();
      if (accepted > at) {
        steps.push({
          case_id: c.id,
          step: def.key,
          status: 'pending',
          since,
          result_json_enc: null,
          reject_reason: null,
          updated_at: since,
        });
        caseOpen = true;
        continue;
      }
      event(def.key, 'accepted', accepted, seq++);
      if (done > at) {
        steps.push({
          case_id: c.id,
          step: def.key,
          status: 'accepted',
          since,
          result_json_enc: null,
          reject_reason: null,
          updated_at: accepted,
        });
        caseOpen = true;
        continue;
      }
      event(def.key, 'done', done, seq++);
      doneAt.set(def.key, done);
      steps.push({ case_id: c.id, step: def.key, status: 'done', since, result_json_enc: 'bench', reject_reason: null, updated_at: done });
    }
    cases.push({
      id: c.id,
      number: `CS533123${YEAR}${String(n + 1).padStart(6, '0')}`,
      family_id: 'bench-family',
      applicant_user_id: 'bench-parent',
      registration_id: null,
      status: caseRejected ? 'needs_fix' : caseOpen ? 'in_progress' : 'completed',
      child_name: `基准样例${n}`,
      child_sex: 'M',
      child_birth_date: c.birthDate,
      child_birth_time: '08:00',
      hospital_id: 'yj-people',
      application_json_enc: 'bench',
      applicant_id_hash: 'bench',
      other_parent_id_hash: 'bench',
      child_id_hash: null,
      created_at: submitted,
      updated_at: submitted,
    });
    children.push({
      id: `child-${n}`,
      family_id: 'bench-family',
      name: `基准样例${n}`,
      sex: 'M',
      birth_date: c.birthDate,
      id_number_enc: null,
      id_number_hash: null,
      source: 'birth_case',
      birth_case_id: c.id,
      registration_id: null,
      created_at: submitted,
      updated_at: submitted,
    });
  }
  await insertBatches(db, 'birth_cases', cases, BATCH);
  await insertBatches(db, 'bundle_steps', steps, BATCH);
  await insertBatches(db, 'bundle_step_events', events, BATCH);
  await insertBatches(db, 'children', children, BATCH);

  // Subsidy applications for the first 20 000 case children: lines from the rule set, a spread of
  // statuses, paid ones in quarterly batches.
  const applications: Insertable<Database['subsidy_applications']>[] = [];
  const ruleIds = RULES.rules.slice(0, 4);
  const appCount = Math.min(APPLICATIONS, children.length);
  for (let i = 0; i < appCount; i += 1) {
    const child = children[i]!;
    const submitted = iso(addDays(child.birth_date, 20 + Math.floor(random() * 60)), random);
    if (submitted > at) continue;
    const lineCount = 1 + Math.floor(random() * 3);
    const lines = ruleIds.slice(0, lineCount).map((r) => ({
      ruleId: r.id,
      ruleName: r.name,
      periodKey: String(YEAR),
      periodLabel: `${YEAR}年度`,
      from: `${YEAR}-01-01`,
      to: `${YEAR}-12-31`,
      amountFen: [200_000, 80_000, 5_000, 360_000][ruleIds.indexOf(r)]!,
    }));
    const status = weighted(random, [
      ['paid', 55],
      ['approved', 20],
      ['rejected', 8],
      ['under_review', 10],
      ['submitted', 7],
    ] as const);
    const submittedDay = submitted.slice(0, 10);
    const quarterEnd = ['03-28', '06-28', '09-28', '12-28'].map((d) => `${YEAR}-${d}`).find((d) => d > addDays(submittedDay, 30));
    const paidOn = status === 'paid' && quarterEnd ? quarterEnd : null;
    applications.push({
      id: `app-${i}`,
      number: `BT533123${YEAR}${String(i + 1).padStart(6, '0')}`,
      family_id: 'bench-family',
      child_id: child.id!,
      applicant_user_id: 'bench-parent',
      applicant_name: '基准样例家长',
      status: paidOn ? 'paid' : status === 'paid' ? 'approved' : status,
      submitted_at: submitted,
      review_due_by: addDays(submittedDay, 42),
      reject_reason: status === 'rejected' ? '材料不全' : null,
      lines_json: JSON.stringify(lines),
      total_fen: lines.reduce((s, l) => s + l.amountFen, 0),
      rules_version: RULES.version,
      account_kind: 'bank_card',
      account_holder: 'applicant',
      account_holder_name: '基准样例家长',
      account_bank_name: '样例银行',
      account_number_enc: 'bench',
      account_last4: '0000',
      papers_enc: null,
      papers_file_id: null,
      batch_id: null,
      paid_on: paidOn,
      updated_at: submitted,
    });
  }
  await insertBatches(db, 'subsidy_applications', applications, BATCH);

  await insertInstitutionsBatch(db, generateInstitutions(2000));
  await touchNurseryGeneration(db);
  // The count tables the live paths keep in step, built once from the bulk rows.
  const t = performance.now();
  await rebuildBirthCounts(db);
  await rebuildStepDurations(db);
  await fillSubsidyCounts(db);
  countsMs = performance.now() - t;
  return { births, cases: cases.length, steps: steps.length, events: events.length, applications: applications.length };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeEach(count: number, run: () => Promise<void>): Promise<{ p50: number; p99: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)! };
}

/** Every query one load runs, with SQLite's plan for it (to show which index each one uses). */
async function queryPlans(file: string): Promise<string[]> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const sqlite = new BetterSqlite3(file, { readonly: true });
  const logged = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (e) => {
      if (e.level === 'query') captured.push({ sql: e.query.sql, parameters: e.query.parameters });
    },
  });
  const lines: string[] = [];
  for (const township of [undefined, 'pingyuan' as const]) {
    captured.length = 0;
    await loadFigures(logged, figureScope({ from: `${YEAR}-01`, to: `${YEAR}-12`, ...(township ? { township } : {}) }, TODAY));
    lines.push(`-- ${township ? `township ${township}` : 'county-wide'}, whole year: ${captured.length} queries`);
    for (const q of captured) {
      lines.push(q.sql.replace(/\s+/g, ' ').slice(0, 220));
      for (const row of sqlite.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[])
        lines.push(`    ${row.detail}`);
    }
  }
  await logged.destroy();
  return lines;
}

async function main(): Promise<void> {
  const births = Number(process.argv[2] ?? 400_000);
  const caseCount = Number(process.argv[3] ?? 50_000);
  const loads = Number(process.argv[4] ?? 100);
  const { db, dir, file, dispose } = await scratchSqlite('dashboard-bench-');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    let t = performance.now();
    const seeded = await db.transaction().execute((trx) => seed(trx, births, caseCount, seededRandom(7)));
    const seedMs = performance.now() - t;
    await db
      .insertInto('staff_roles')
      .values({ user_id: 'bench-clerk', role: 'health_bureau', scope: null, granted_by: null, granted_at: NOW.toISOString() })
      .execute();
    const token = await createSession(db, 'bench-clerk', NOW);
    // The planner's statistics, as a long-running database has them.
    t = performance.now();
    await sql`analyze`.execute(db);
    const analyzeMs = performance.now() - t;

    const app = buildServer({
      db,
      devLogin: false,
      reminders: false,
      log: silentLogger,
      clock: { now: () => NOW },
      files: createLocalDiskFileStore(join(dir, 'files')),
      crypto: createFieldCrypto({ currentId: 'b', keys: { b: Buffer.alloc(32, 1) }, hashKey: Buffer.alloc(32, 2) }),
    });
    const filters: { name: string; input: Record<string, string> }[] = [
      { name: 'county, whole year', input: { from: `${YEAR}-01`, to: `${YEAR}-12` } },
      { name: 'township 平原镇, whole year', input: { from: `${YEAR}-01`, to: `${YEAR}-12`, township: 'pingyuan' } },
      { name: 'township 那邦镇, whole year', input: { from: `${YEAR}-01`, to: `${YEAR}-12`, township: 'nabang' } },
      { name: 'county, one month', input: { from: `${YEAR}-06`, to: `${YEAR}-06` } },
      { name: 'township 平原镇, one month', input: { from: `${YEAR}-06`, to: `${YEAR}-06`, township: 'pingyuan' } },
      { name: 'county, two years', input: { from: `${YEAR}-01`, to: `${YEAR + 1}-12` } },
    ];
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const first = await app.inject({
      method: 'POST',
      url: '/api/dashboard',
      headers,
      payload: { action: 'dashboard', input: filters[0]!.input },
    });
    const firstBody = first.json() as {
      ok: boolean;
      data?: {
        births: { total: number; sex: { ratio: number } };
        bundle: { step: string; done: number; medianDays: number; p90Days: number; overdue: number; rejections: number }[];
      };
    };
    if (!firstBody.ok || !firstBody.data) throw new Error(`dashboard failed: ${first.body}`);

    let port = PORT;
    await app.listen({ port, host: '127.0.0.1' }).catch(async (e: { code?: string }) => {
      if (e.code !== 'EADDRINUSE') throw e;
      await app.listen({ port: 0, host: '127.0.0.1' });
      port = (app.server.address() as { port: number }).port;
    });
    const results: {
      name: string;
      inject: Awaited<ReturnType<typeof timeEach>>;
      http: Awaited<ReturnType<typeof timeEach>>;
      total: number;
    }[] = [];
    for (const f of filters) {
      const payload = { action: 'dashboard', input: f.input };
      let total = 0;
      const inject = await timeEach(loads, async () => {
        const res = await app.inject({ method: 'POST', url: '/api/dashboard', headers, payload });
        const body = res.json() as { ok: boolean; data: { births: { total: number } } };
        if (!body.ok) throw new Error(res.body);
        total = body.data.births.total;
      });
      const http = await timeEach(loads, async () => {
        const res = await fetch(`http://127.0.0.1:${port}/api/dashboard`, { method: 'POST', headers, body: JSON.stringify(payload) });
        const body = (await res.json()) as { ok: boolean };
        if (!body.ok) throw new Error('http dashboard failed');
      });
      results.push({ name: f.name, inject, http, total });
    }
    await app.close();

    // Where one county-wide, whole-year load spends its time, part by part (in process, median of 5).
    const scope = figureScope(filters[0]!.input as { from: string; to: string }, NOW.toISOString().slice(0, 10));
    const parts: [string, () => Promise<unknown>][] = [
      ['births', () => birthCountCells(db, scope)],
      ['出生一件事 turnaround', () => bundleTurnaround(db, scope)],
      ['subsidies', () => subsidyFigures(db, scope)],
      ['nurseries', () => nurseryFigures(db, scope.township)],
    ];
    const breakdown: string[] = [];
    for (const [name, run] of parts) breakdown.push(`${name} ${(await timeEach(5, async () => void (await run()))).p50.toFixed(1)} ms`);

    const ms = (x: number) => x.toFixed(1).padStart(7);
    out(
      `dashboard benchmark — ${seeded.births} births (facts), ${seeded.cases} 出生一件事 cases, ${seeded.steps} steps, ${seeded.events} step events, ${seeded.applications} subsidy applications, 2000 nurseries`,
    );
    out(
      `batch seed ${(seedMs / 1000).toFixed(1)} s (of which building birth_counts and step_durations ${(countsMs / 1000).toFixed(1)} s) · analyze ${analyzeMs.toFixed(0)} ms · ${loads} loads per filter and path, clock ${NOW.toISOString()}`,
    );
    out('');
    out('| filter                        | births  | inject p50 | inject p99 | HTTP p50 | HTTP p99 | HTTP max |');
    out('|-------------------------------|---------|------------|------------|----------|----------|----------|');
    for (const r of results) {
      out(
        `| ${r.name.padEnd(29)} | ${String(r.total).padStart(7)} |    ${ms(r.inject.p50)} |    ${ms(r.inject.p99)} |  ${ms(r.http.p50)} |  ${ms(r.http.p99)} |  ${ms(r.http.max)} |`,
      );
    }
    const worst = Math.max(...results.map((r) => Math.max(r.inject.p99, r.http.p99)));
    out('');
    out(`worst p99 ${worst.toFixed(1)} ms (target: every load < 200 ms) — ${worst < 200 ? 'met' : 'NOT MET'}`);
    out(`one county-wide whole-year load, in process: ${breakdown.join(' · ')}`);
    const d = firstBody.data;
    out(
      `county year: sex ratio ${d.births.sex.ratio}; turnaround ${d.bundle.map((s) => `${s.step} done ${s.done} median ${s.medianDays} p90 ${s.p90Days} overdue ${s.overdue} rejected ${s.rejections}`).join(' · ')}`,
    );
    out('');
    out('EXPLAIN QUERY PLAN of every query of one load:');
    for (const line of await queryPlans(file)) out(line);
    if (worst >= 200) process.exitCode = 1;
  } finally {
    await dispose();
  }
}

runScript(main);

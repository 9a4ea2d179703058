// The access matrix (issue #8): every action × every caller through the real gateway. Allowed
// cells succeed or fail for a domain reason only; refused cells answer UNAUTHENTICATED /
// NOT_VERIFIED / FORBIDDEN / NOT_FOUND and change nothing in the database. No answer to anyone but
// A's own parent (or staff working A's case) carries an id or ID number of family A.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functions } from '../../cloud/functions';
import { createSession } from '../../cloud/db/repos/sessions';
import { createHarness, type Harness } from '../api/harness';
import { newKey } from '../api/people';
import { ACCESS_TABLE, tableActions, type AccessRow } from './accessTable';
import { CALLERS, STAFF, type CallerKind } from './callers';
import { fingerprint, tableNames } from './dbFingerprint';
import { renderMatrix, type Outcome } from './render';
import { buildWorld, type World } from './world';

const REFUSALS = ['UNAUTHENTICATED', 'NOT_VERIFIED', 'FORBIDDEN', 'NOT_FOUND'];
const ACCESS_CODES = ['UNAUTHENTICATED', 'NOT_VERIFIED', 'FORBIDDEN', 'NOT_FOUND', 'INTERNAL', 'UNKNOWN_ACTION'];
/** Callers with no business seeing anything of family A. */
const STRANGERS: readonly CallerKind[] = ['anonymous', 'unverified', 'parentB', 'operatorB'];

let h: Harness;
let w: World;
let tables: string[];
const seen = new Map<string, Partial<Record<CallerKind, Outcome>>>();

beforeAll(async () => {
  h = await createHarness();
  w = await buildWorld(h);
  tables = await tableNames(h.db);
}, 60_000);

afterAll(async () => {
  if (seen.size > 0) {
    const markdown = renderMatrix(seen);
    process.stdout.write(`\nAccess matrix (as run)\n\n${markdown}\n`);
    if (process.env.ACCESS_MATRIX_OUT) writeFileSync(join(process.cwd(), process.env.ACCESS_MATRIX_OUT), `${markdown}\n`);
  }
  await h.close();
});

describe('the table', () => {
  test('names every action of every function, and nothing else', () => {
    const live = Object.entries(functions).flatMap(([fn, def]) => Object.keys(def.actions).map((a) => `${fn}.${a}`));
    const table = tableActions();
    expect(live.filter((a) => !table.includes(a))).toEqual([]);
    expect(table.filter((a) => !live.includes(a))).toEqual([]);
    expect(table.length).toBeGreaterThan(60);
  });

  test('every row names callers that exist', () => {
    const kinds = CALLERS.map((c) => c.kind);
    for (const rows of Object.values(ACCESS_TABLE))
      for (const row of Object.values(rows)) for (const k of row.allow) expect(kinds).toContain(k);
  });
});

/**
 * A token for the caller; the unverified caller is a fresh account each time (verifying would change
 * it). `fresh`: another session of the same person, for actions that end the session they came with.
 */
async function tokenOf(who: CallerKind, fresh = false): Promise<string | undefined> {
  if (who === 'unverified') return (await h.login()).token;
  const token = w.tokens[who];
  if (!fresh || !token) return token;
  const me = await h.ok(token, 'account', 'me');
  return createSession(h.db, me.userId, h.clock.now());
}

/** Functions whose staff actions work on families' records (the staff member allowed there sees A's ids). */
const STAFF_WORK_FUNCTIONS: ReadonlySet<string> = new Set(['childHealth', 'maternal']);
/** A staff-only action (a clerk's queue, a step, a review): the staff allowed there work on families' records. */
const staffOnly = (row: AccessRow): boolean => row.allow.every((kind) => STAFF.includes(kind));

const rows = Object.entries(ACCESS_TABLE).flatMap(([fn, actions]) =>
  Object.entries(actions).map(([action, row]) => ({ key: `${fn}.${action}`, fn, action, row })),
);

describe.each(rows)('$key', ({ fn, action, row }) => {
  // Refused callers first, while A's resources are still in the state an allowed caller would find them.
  const order = [...CALLERS.filter((c) => !row.allow.includes(c.kind)), ...CALLERS.filter((c) => row.allow.includes(c.kind))];

  test('each caller gets exactly what the table says', async () => {
    const problems: string[] = [];
    const record: Partial<Record<CallerKind, Outcome>> = {};
    for (const { kind } of order) {
      const allowed = row.allow.includes(kind);
      const token = await tokenOf(kind, row.freshSession === true);
      const input = row.input(w, kind);
      const before = allowed ? undefined : await fingerprint(h.db, tables);
      const result = await h.callRaw(token, fn, action, input, newKey());
      record[kind] = result.ok ? { ok: true } : { ok: false, code: result.error.code };

      if (allowed) {
        if (!result.ok && ACCESS_CODES.includes(result.error.code))
          problems.push(`${kind}: allowed but got ${result.error.code} ${result.error.message}`);
      } else {
        if (result.ok) problems.push(`${kind}: refused by the table but the call succeeded`);
        else if (!REFUSALS.includes(result.error.code))
          problems.push(`${kind}: refused with ${result.error.code} (${result.error.message}), not an access refusal`);
        const after = await fingerprint(h.db, tables);
        const changed = tables.filter((t) => before![t] !== after[t]);
        if (changed.length > 0) problems.push(`${kind}: a refused call changed ${changed.join(', ')}`);
      }

      const staffWork = STAFF_WORK_FUNCTIONS.has(fn) || staffOnly(row);
      const stranger = STRANGERS.includes(kind) || (!staffWork && kind !== 'parent' && STAFF.includes(kind));
      if (result.ok && stranger) {
        const body = JSON.stringify(result.data);
        const leaked = w.secretsOfA.filter((s) => body.includes(s));
        if (leaked.length > 0) problems.push(`${kind}: the answer carries ${leaked.length} id(s) of family A`);
      }
    }
    seen.set(`${fn}.${action}`, record);
    expect(problems).toEqual([]);
  });
});

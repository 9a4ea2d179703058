// The 妇幼保健 worker's side of child health: find a child county-wide, open the child's page, record
// a check or a newborn screening result, and the queue. Every search, read and record is in the audit
// log (who, when, which child) — never a measurement or a result (health data, sealed in the record or
// kept out of the log). A parent, or a clerk of another department, is FORBIDDEN before the input is looked at.
import * as v from 'valibot';
import { childHealthLink } from '../../../domain/childHealth/dueItems';
import { SCREENING_KIND_NAMES, SCREENING_RESULT_NAMES } from '../../../domain/childHealth/newbornScreening';
import { recordCheckSchema, recordScreeningSchema, type RecordCheckInput } from '../../../domain/childHealth/recordSchemas';
import type { ChildSummary } from '../../../domain/children/types';
import type { CheckDetail, StaffChildHealthView } from '../../../domain/childHealth/types';
import { todayIn } from '../../../domain/dates';
import { growthFlags } from '../../../domain/growth/growthFlags';
import { measurementsOf } from '../../../domain/growth/measurementSchema';
import { typeMessage } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { parseInput } from '../../core/parseInput';
import { appendAudit } from '../../db/repos/audit';
import { checksOf, insertCheck, insertScreening } from '../../db/repos/childHealth';
import { findChild, parentsOfFamily, type ChildRow } from '../../db/repos/children';
import { childIdInput } from '../children/actions';
import { CHILD_NOT_FOUND } from '../children/record';
import { recordId } from '../common/schemas';
import { findInput, searchChildren } from '../vaccine/staff';
import { requireMaternalChild } from './guard';
import {
  CHECK_ALREADY_RECORDED,
  checkRecordView,
  checkTitle,
  measurementsOfRecords,
  SCREENING_ALREADY_RECORDED,
  sealCheck,
} from './record';
import { staffChildHealthOf } from './view';
import { auditTrail } from '../common/auditTrail';

const audit = auditTrail('maternal_child', 'child');

/** County-wide, like the clinic's search (by name and birth date, or the child's ID number); audited as child.search. */
export const findChildren = action(
  findInput,
  async (input, ctx): Promise<ChildSummary[]> => {
    const worker = requireMaternalChild(ctx);
    return searchChildren(ctx, worker.userId, 'maternal_child', input);
  },
  requireMaternalChild,
);

async function childOrNotFound(ctx: Ctx, childId: string): Promise<ChildRow> {
  const child = await findChild(ctx.db, childId);
  if (!child) throw notFound(CHILD_NOT_FOUND);
  return child;
}

/** One child's health page with the staff extras; the read is audited. */
export const childHealth = action(
  childIdInput,
  async ({ childId }, ctx): Promise<StaffChildHealthView> => {
    const worker = requireMaternalChild(ctx);
    const child = await childOrNotFound(ctx, childId);
    await audit(ctx, worker.userId, 'childHealth.read', child.id);
    return staffChildHealthOf(ctx, child, todayIn(ctx.clock.now()));
  },
  requireMaternalChild,
);

// The full check needs the child's birth date and sex, so the child is found first.
const recordTarget = v.pipe(
  v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), typeMessage('健康检查记录')),
  v.looseObject({ childId: recordId('孩子') }),
);

async function tellParents(deps: Pick<Ctx, 'db' | 'notify'>, child: ChildRow, title: string, body: string): Promise<void> {
  for (const parent of await parentsOfFamily(deps.db, child.family_id)) {
    await deps.notify.send(parent, { title, body, link: childHealthLink(child.id) });
  }
}

export type CheckDeps = Pick<Ctx, 'db' | 'crypto' | 'clock' | 'notify'>;

/**
 * Writes one checked check: the record (its growth flags worked out against the child's earlier
 * measurements), the audit row and an inbox message to each of the family's parents. Shared by
 * childHealth.recordCheck and the demo seed. CONFLICT when the check is recorded already.
 */
export async function recordCheckedCheck(deps: CheckDeps, workerUserId: string, child: ChildRow, input: RecordCheckInput): Promise<void> {
  const m = input.measurements;
  const detail: CheckDetail = { development: input.development };
  if (m.weightKg != null) detail.weightKg = m.weightKg;
  if (m.lengthCm != null) detail.lengthCm = m.lengthCm;
  if (m.position != null) detail.position = m.position;
  if (m.headCm != null) detail.headCm = m.headCm;
  if (input.feeding != null) detail.feeding = input.feeding;
  if (input.referral != null) detail.referral = input.referral;

  const earlier = measurementsOfRecords((await checksOf(deps.db, child.id)).map((r) => checkRecordView(r, deps.crypto)));
  const flags = child.sex
    ? growthFlags(child.sex, child.birth_date, [...earlier, ...measurementsOf(m)]).filter((f) => f.placement.date === m.date)
    : [];
  const now = deps.clock.now();
  const inserted = await insertCheck(deps.db, {
    child_id: child.id,
    check_id: input.checkId,
    check_date: m.date,
    facility: input.facility,
    detail_enc: sealCheck(detail, deps.crypto),
    growth_flags: [...new Set(flags.map((f) => f.kind))].join(','),
    recorded_by: workerUserId,
    recorded_at: now.toISOString(),
  });
  if (!inserted) throw conflict(CHECK_ALREADY_RECORDED);
  await appendAudit(
    deps.db,
    {
      actorUserId: workerUserId,
      actorRole: 'maternal_child',
      action: 'childHealth.recordCheck',
      targetType: 'child',
      targetId: child.id,
      detail: { checkId: input.checkId },
    },
    now,
  );
  const title = checkTitle(input.checkId);
  await tellParents(
    deps,
    child,
    '儿童健康检查已记录',
    `${child.name}的${title}（${m.date}，${input.facility}）已记录。可在“儿童健康”中查看生长曲线和下一次检查的时间。${flags.length > 0 ? '这次测量有需要留意的地方，页面上写了怎么做。' : ''}`,
  );
}

/**
 * Records one check of the national schedule: its date, facility, measurements (checked against the
 * standard for likely typos), feeding, development screening and referral. A check recorded already
 * is CONFLICT (the primary key makes a race or a retry harmless). The family's parents are told.
 */
export const recordCheck = action(
  recordTarget,
  async (raw, ctx): Promise<StaffChildHealthView> => {
    const worker = requireMaternalChild(ctx);
    const child = await childOrNotFound(ctx, raw.childId);
    const today = todayIn(ctx.clock.now());
    // The plausibility limits are ±5–6 z: the sex makes no practical difference to them when it is not on record.
    const input = parseInput(recordCheckSchema(today, child.birth_date, child.sex ?? 'M'), raw);
    await recordCheckedCheck(ctx, worker.userId, child, input);
    return staffChildHealthOf(ctx, child, today);
  },
  requireMaternalChild,
);

/** Records one round of a newborn screening; a result other than "pass" names where to go. CONFLICT when that round is on record. */
export const recordScreening = action(
  recordTarget,
  async (raw, ctx): Promise<StaffChildHealthView> => {
    const worker = requireMaternalChild(ctx);
    const child = await childOrNotFound(ctx, raw.childId);
    const today = todayIn(ctx.clock.now());
    const input = parseInput(recordScreeningSchema(today, child.birth_date), raw);
    const inserted = await insertScreening(ctx.db, {
      child_id: child.id,
      kind: input.kind,
      round: input.round,
      result: input.result,
      screened_on: input.date,
      facility: input.facility,
      recheck_where: input.result === 'pass' ? null : (input.recheckWhere ?? null),
      recorded_by: worker.userId,
      recorded_at: ctx.clock.now().toISOString(),
    });
    if (!inserted) throw conflict(SCREENING_ALREADY_RECORDED);
    await audit(ctx, worker.userId, 'childHealth.recordScreening', child.id, { kind: input.kind, round: input.round });
    const name = SCREENING_KIND_NAMES[input.kind];
    const next = input.result === 'pass' ? '' : `请按页面上的说明到${input.recheckWhere}复查。`;
    await tellParents(
      ctx,
      child,
      '新生儿筛查结果已记录',
      `${child.name}的${name}结果：${SCREENING_RESULT_NAMES[input.result]}（${input.date}）。${next}`,
    );
    return staffChildHealthOf(ctx, child, today);
  },
  requireMaternalChild,
);

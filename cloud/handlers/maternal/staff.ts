// The 妇幼保健 side of the pregnancy: find a mother county-wide, open her pregnancy, record the checks
// (建册 is the first), each 妊娠风险评估 and the delivery; the queue and the 高危孕产妇专案 list. Every
// search, read and record is in the audit log — which mother, which check, never what was found or
// her colour. A parent, or a clerk of another department, is FORBIDDEN before the input is looked at.
import * as v from 'valibot';
import { addDays, compareDates, diffDays, todayIn } from '../../../domain/dates';
import { maskIdNumber } from '../../../domain/identity/idNumber';
import { NATIONAL_PREGNANCY_CHECKS, RECOMMENDED_PRENATAL_CHECKS } from '../../../domain/maternal/prenatalChecks';
import { formatGestationalAge, gestationalAgeOn } from '../../../domain/maternal/pregnancyDating';
import { IN_CARE_AFTER_BIRTH_DAYS, pregnancyLink, queueEntriesOf } from '../../../domain/maternal/pregnancyDue';
import {
  checkRecordSchema,
  deliverySchema,
  NOTES_MAX,
  POSTNATAL_CHECK_IDS,
  type CheckRecordInput,
} from '../../../domain/maternal/pregnancyRecordSchemas';
import { riskAssessmentSchema } from '../../../domain/maternal/riskAssessmentSchema';
import { isSpecialCase } from '../../../domain/maternal/riskColours';
import type { HighRiskCase, MaternalQueue, MotherMatch, QueueEntry, StaffPregnancyView } from '../../../domain/maternal/views';
import { calendarDate, idNumberField, optionalText, personName, strictFields, typeMessage } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, invalidInput, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { parseInput } from '../../core/parseInput';
import { appendAudit } from '../../db/repos/audit';
import { parentsOfFamily } from '../../db/repos/children';
import {
  checksOf,
  coloursOf,
  findPregnancy,
  insertCheck,
  insertRisk,
  latestRisks,
  markBooked,
  pregnanciesByMother,
  pregnanciesInCare,
  risksOf,
  updatePregnancy,
  type PregnancyRow,
  type RiskAssessmentRow,
} from '../../db/repos/pregnancies';
import type { PregnancyCalendar } from '../../../domain/maternal/pregnancyCalendar';
import { recordId } from '../common/schemas';
import { requireHighRiskReader, requireMaternal } from './guard';
import { STALE } from './parent';
import { calendarOf, PREGNANCY_NOT_FOUND, riskSummary, sealNotes, staffPregnancyView, type MaternalDeps } from './view';
import { auditTrail } from '../common/auditTrail';

export const CHECK_ALREADY_RECORDED = '该检查已录入';
export const RISK_ALREADY_RECORDED = '该孕产妇当天已有一次妊娠风险评估记录';

const ALL_CHECKS = [...NATIONAL_PREGNANCY_CHECKS, ...RECOMMENDED_PRENATAL_CHECKS];

const audit = auditTrail('maternal_child', 'pregnancy');

async function tellFamily(deps: MaternalDeps & Pick<Ctx, 'notify'>, row: PregnancyRow, title: string, body: string): Promise<void> {
  for (const parent of await parentsOfFamily(deps.db, row.family_id)) {
    await deps.notify.send(parent, { title, body, link: pregnancyLink(row.id) });
  }
}

const findInput = v.pipe(
  strictFields('查询条件', {
    name: v.optional(personName('孕产妇姓名')),
    birthDate: v.optional(calendarDate('出生日期')),
    idNumber: v.optional(idNumberField('公民身份号码')),
  }),
  v.check(
    (x) => x.idNumber !== undefined || (x.name !== undefined && x.birthDate !== undefined),
    '请输入孕产妇姓名和出生日期，或她的公民身份号码',
  ),
);

/** County-wide: by name and birth date, or by her ID number (its lookup hash). */
export const findMothers = action(
  findInput,
  async (input, ctx): Promise<MotherMatch[]> => {
    const clerk = requireMaternal(ctx);
    const rows = await pregnanciesByMother(ctx.db, {
      ...(input.idNumber !== undefined ? { idHash: ctx.crypto.hash(input.idNumber) } : {}),
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.birthDate !== undefined ? { birthDate: input.birthDate } : {}),
    });
    const criteria = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.birthDate !== undefined ? { birthDate: input.birthDate } : {}),
      ...(input.idNumber !== undefined ? { idNumberMasked: maskIdNumber(input.idNumber) } : {}),
    };
    await audit(ctx, clerk.userId, 'pregnancy.search', rows.length === 1 ? rows[0]!.id : '*', { criteria, found: rows.map((r) => r.id) });
    const today = todayIn(ctx.clock.now());
    return rows.map((r) => {
      const age = r.delivery_date ? undefined : gestationalAgeOn({ startDate: r.start_date }, today);
      const match: MotherMatch = { pregnancyId: r.id, motherName: r.mother_name, dueDate: r.due_date, delivered: r.delivery_date !== null };
      if (r.mother_birth_date) match.birthDate = r.mother_birth_date;
      if (r.mother_id_enc) match.idNumberMasked = maskIdNumber(ctx.crypto.decrypt(r.mother_id_enc));
      if (age) match.gestationalAgeText = formatGestationalAge(age);
      return match;
    });
  },
  requireMaternal,
);

async function pregnancyOrNotFound(ctx: Ctx, id: string): Promise<PregnancyRow> {
  const row = await findPregnancy(ctx.db, id);
  if (!row) throw notFound(PREGNANCY_NOT_FOUND);
  return row;
}

const idInput = strictFields('请求参数', { id: recordId('孕期记录') });

/** One mother's pregnancy, for 妇幼 staff; the read is audited. */
export const pregnancy = action(
  idInput,
  async ({ id }, ctx): Promise<StaffPregnancyView> => {
    const clerk = requireMaternal(ctx);
    const row = await pregnancyOrNotFound(ctx, id);
    await audit(ctx, clerk.userId, 'pregnancy.read', row.id);
    return staffPregnancyView(ctx, row);
  },
  requireMaternal,
);

// The full checks need the pregnancy's dates, so the pregnancy is found first.
const target = v.pipe(
  v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), typeMessage('记录')),
  v.looseObject({ pregnancyId: recordId('孕期记录') }),
);

export type RecordDeps = MaternalDeps & Pick<Ctx, 'notify'>;

/**
 * Writes one checked check: the record (孕周 computed from the dating), 建册 when it is the first
 * check, the audit row and an inbox message to the family's parents. Shared by recordCheck and the
 * demo seed. CONFLICT when the check is recorded already.
 */
export async function recordCheckedCheck(
  deps: RecordDeps,
  clerkUserId: string,
  row: PregnancyRow,
  input: CheckRecordInput,
): Promise<StaffPregnancyView> {
  const now = deps.clock.now();
  const postnatal = POSTNATAL_CHECK_IDS.includes(input.checkId);
  if (postnatal && !row.delivery_date) throw invalidInput({ checkId: '请先记录分娩信息，再录入产后检查' });
  if (postnatal && compareDates(input.date, row.delivery_date!) < 0)
    throw invalidInput({ date: `检查日期不能早于分娩日期（${row.delivery_date}）` });
  if (!postnatal && row.delivery_date && compareDates(input.date, row.delivery_date) > 0)
    throw invalidInput({ date: `产前检查日期不能晚于分娩日期（${row.delivery_date}）` });
  const inserted = await insertCheck(deps.db, {
    pregnancy_id: row.id,
    check_id: input.checkId,
    date: input.date,
    gestation_days: postnatal ? null : diffDays(input.date, row.start_date),
    facility: input.facility,
    detail_enc: sealNotes(input.notes ?? undefined, deps.crypto),
    recorded_by: clerkUserId,
    recorded_at: now.toISOString(),
  });
  if (!inserted) throw conflict(CHECK_ALREADY_RECORDED);
  if (input.checkId === 'prenatal-1') await markBooked(deps.db, row.id, input.date, input.facility, now);
  await appendAudit(
    deps.db,
    {
      actorUserId: clerkUserId,
      actorRole: 'maternal_child',
      action: 'pregnancy.check',
      targetType: 'pregnancy',
      targetId: row.id,
      detail: { checkId: input.checkId },
    },
    now,
  );
  const title = ALL_CHECKS.find((c) => c.id === input.checkId)?.title ?? input.checkId;
  // Messages are stored in clear: which check and when, never what was found.
  await tellFamily(
    deps,
    row,
    '孕期检查记录已更新',
    `${row.mother_name}的“${title}”已于${input.date}记录。可在“孕期保健”中查看下一次检查的时间。`,
  );
  return staffPregnancyView(deps, (await findPregnancy(deps.db, row.id))!, todayIn(now));
}

export const recordCheck = action(
  target,
  async (raw, ctx): Promise<StaffPregnancyView> => {
    const clerk = requireMaternal(ctx);
    const row = await pregnancyOrNotFound(ctx, raw.pregnancyId);
    const input = parseInput(checkRecordSchema(todayIn(ctx.clock.now()), row.start_date), raw);
    return recordCheckedCheck(ctx, clerk.userId, row, input);
  },
  requireMaternal,
);

/** A 妊娠风险评估: the colour(s), the day, the facility; 橙/红/紫 with the next follow-up date. */
export const recordRisk = action(
  target,
  async (raw, ctx): Promise<StaffPregnancyView> => {
    const clerk = requireMaternal(ctx);
    const row = await pregnancyOrNotFound(ctx, raw.pregnancyId);
    const { pregnancyId: _id, notes: rawNotes, ...rest } = raw;
    const input = parseInput(riskAssessmentSchema(todayIn(ctx.clock.now()), row.start_date), rest);
    const notes = parseInput(v.object({ notes: optionalText('评估情况', NOTES_MAX) }), { notes: rawNotes }).notes;
    const now = ctx.clock.now();
    const inserted = await insertRisk(ctx.db, {
      id: newId(),
      pregnancy_id: row.id,
      colours: input.colours.join(','),
      assessed_on: input.assessedOn,
      facility: input.facility,
      next_follow_up: input.nextFollowUp ?? null,
      notes_enc: sealNotes(notes ?? undefined, ctx.crypto),
      recorded_by: clerk.userId,
      recorded_at: now.toISOString(),
    });
    if (!inserted) throw conflict(RISK_ALREADY_RECORDED);
    await audit(ctx, clerk.userId, 'pregnancy.risk', row.id, { assessedOn: input.assessedOn });
    await tellFamily(
      ctx,
      row,
      '妊娠风险评估已记录',
      `${row.mother_name}的妊娠风险评估（${input.assessedOn}）已记录。请在“孕期保健”中查看结果、注意事项和建议的分娩机构。`,
    );
    return staffPregnancyView(ctx, (await findPregnancy(ctx.db, row.id))!);
  },
  requireMaternal,
);

/** The birth (or the end of the pregnancy), and the discharge when known: the postnatal checks become due. */
export const recordDelivery = action(
  target,
  async (raw, ctx): Promise<StaffPregnancyView> => {
    const clerk = requireMaternal(ctx);
    const row = await pregnancyOrNotFound(ctx, raw.pregnancyId);
    const input = parseInput(deliverySchema(todayIn(ctx.clock.now()), row.start_date), raw);
    const now = ctx.clock.now();
    const changed = await updatePregnancy(ctx.db, row.id, input.version, {
      outcome: input.outcome,
      delivery_date: input.deliveryDate,
      discharge_date: input.dischargeDate ?? null,
      updated_at: now.toISOString(),
    });
    if (!changed) throw conflict(STALE);
    await audit(ctx, clerk.userId, 'pregnancy.delivery', row.id);
    await tellFamily(
      ctx,
      row,
      '分娩信息已记录',
      `${row.mother_name}的分娩信息已记录。产后访视（出院后1周内）和产后42天健康检查的时间可在“孕期保健”中查看。`,
    );
    return staffPregnancyView(ctx, (await findPregnancy(ctx.db, row.id))!);
  },
  requireMaternal,
);

interface InCare {
  rows: PregnancyRow[];
  today: string;
  entries: { row: PregnancyRow; calendar: PregnancyCalendar; latest?: RiskAssessmentRow }[];
}

async function inCare(deps: MaternalDeps): Promise<InCare> {
  const today = todayIn(deps.clock.now());
  const rows = await pregnanciesInCare(deps.db, addDays(today, -IN_CARE_AFTER_BIRTH_DAYS));
  const ids = rows.map((r) => r.id);
  const [checks, risks] = await Promise.all([checksOf(deps.db, ids), risksOf(deps.db, ids)]);
  const latest = latestRisks(risks);
  const entries = rows.map((row) => {
    const calendar = calendarOf(
      row,
      checks.filter((c) => c.pregnancy_id === row.id),
      deps.crypto,
      today,
    );
    const risk = latest.get(row.id);
    return { row, calendar, ...(risk ? { latest: risk } : {}) };
  });
  return { rows, today, entries };
}

function highRiskCases(data: InCare): HighRiskCase[] {
  const out: HighRiskCase[] = [];
  for (const { row, calendar, latest } of data.entries) {
    if (!latest || !isSpecialCase(coloursOf(latest))) continue;
    const s = riskSummary(latest);
    const c: HighRiskCase = {
      pregnancyId: row.id,
      motherName: row.mother_name,
      colours: s.colours,
      title: s.title,
      assessedOn: s.assessedOn,
      facility: s.facility,
      followUpOverdue: s.nextFollowUp !== undefined && compareDates(s.nextFollowUp, data.today) < 0,
      dueDate: row.due_date,
      delivered: calendar.delivered,
    };
    if (s.nextFollowUp) c.nextFollowUp = s.nextFollowUp;
    if (calendar.gestationalAgeText) c.gestationalAgeText = calendar.gestationalAgeText;
    out.push(c);
  }
  // Overdue follow-ups first, then the soonest follow-up.
  return out.sort(
    (a, b) => Number(b.followUpOverdue) - Number(a.followUpOverdue) || (a.nextFollowUp ?? '9999').localeCompare(b.nextFollowUp ?? '9999'),
  );
}

const byDate = (a: QueueEntry, b: QueueEntry) => a.date.localeCompare(b.date) || a.motherName.localeCompare(b.motherName);

/** The 妇幼 queue: checks and follow-ups due this week, overdue ones, and the 高危 cases. */
export const queue = action(
  strictFields('请求参数', {}),
  async (_input, ctx): Promise<MaternalQueue> => {
    const clerk = requireMaternal(ctx);
    const data = await inCare(ctx);
    const dueThisWeek: QueueEntry[] = [];
    const overdue: QueueEntry[] = [];
    for (const { row, calendar, latest } of data.entries) {
      const followUp = latest && isSpecialCase(coloursOf(latest)) && latest.next_follow_up ? latest.next_follow_up : undefined;
      const e = queueEntriesOf({ id: row.id, motherName: row.mother_name, calendar, ...(followUp ? { followUp } : {}) }, data.today);
      dueThisWeek.push(...e.dueThisWeek);
      overdue.push(...e.overdue);
    }
    await audit(ctx, clerk.userId, 'pregnancy.queue', '*', { shown: data.rows.length });
    return { today: data.today, dueThisWeek: dueThisWeek.sort(byDate), overdue: overdue.sort(byDate), highRisk: highRiskCases(data) };
  },
  requireMaternal,
);

/** The 高危孕产妇专案 list (橙/红/紫 by the latest assessment), for 妇幼 staff and the health bureau. */
export const highRisk = action(
  strictFields('请求参数', {}),
  async (_input, ctx): Promise<HighRiskCase[]> => {
    const { caller, role } = requireHighRiskReader(ctx);
    const cases = highRiskCases(await inCare(ctx));
    await audit(ctx, caller.userId, 'pregnancy.highRisk', '*', { shown: cases.length }, role);
    return cases;
  },
  (ctx) => requireHighRiskReader(ctx).caller,
);

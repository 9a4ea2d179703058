// The clinic's side of vaccination: find a child county-wide, open their calendar, record a dose.
// Every search, read and record is in the audit log (who, when, which child) — never a clear ID
// number, nor what was given (the dose's details are health data, sealed in its record). A parent, or a clerk of another department, is FORBIDDEN before the input is looked at.
import * as v from 'valibot';
import { vaccineCalendarLink } from '../../../domain/children/dueNext';
import type { ChildSummary } from '../../../domain/children/types';
import { todayIn } from '../../../domain/dates';
import { maskIdNumber } from '../../../domain/identity/idNumber';
import { doseTitle, possibleDoses, recordDoseSchema } from '../../../domain/vaccine/schedule';
import type { RecordDoseInput, VaccineCalendar } from '../../../domain/vaccine/types';
import { calendarDate, idNumberField, personName, strictFields, typeMessage } from '../../../domain/validation';
import type { StaffRoleCode } from '../../../domain/api/contract';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { parseInput } from '../../core/parseInput';
import { appendAudit } from '../../db/repos/audit';
import { childByIdHash, childrenByNameAndBirthDate, findChild, insertDose, parentsOfFamily, type ChildRow } from '../../db/repos/children';
import { maskForLog } from '../../security/maskForLog';
import { calendarOfChild } from '../children/calendar';
import { childIdInput } from '../children/actions';
import { CHILD_NOT_FOUND, childSummary, sealDose } from '../children/record';
import { recordId } from '../common/schemas';
import { requireChildFinder, requireClinic } from './clinic';
import { auditTrail } from '../common/auditTrail';

export const DOSE_ALREADY_RECORDED = '该剂次已录入';

export const findInput = v.pipe(
  strictFields('查询条件', {
    name: v.optional(personName('孩子姓名')),
    birthDate: v.optional(calendarDate('出生日期')),
    idNumber: v.optional(idNumberField('公民身份号码')),
  }),
  v.check(
    (x) => x.name !== undefined || x.birthDate !== undefined || x.idNumber !== undefined,
    '请输入孩子姓名和出生日期，或孩子的公民身份号码',
  ),
  // A name alone (or a date alone) would list half the county: by name, the birth date too.
  v.forward(
    v.partialCheck(
      [['name'], ['birthDate'], ['idNumber']],
      (x) => x.idNumber !== undefined || x.name === undefined || x.birthDate !== undefined,
      '按姓名查找时，请同时选择出生日期',
    ),
    ['birthDate'],
  ),
  v.forward(
    v.partialCheck(
      [['name'], ['birthDate'], ['idNumber']],
      (x) => x.idNumber !== undefined || x.birthDate === undefined || x.name !== undefined,
      '按出生日期查找时，请同时填写孩子姓名',
    ),
    ['name'],
  ),
);

const audit = auditTrail('clinic', 'child');

/** County-wide: by name and birth date, or by the child's ID number (its lookup hash). Clinic and police. */
export const findChildren = action(
  findInput,
  async (input, ctx): Promise<ChildSummary[]> => {
    const { caller: clerk, role } = requireChildFinder(ctx);
    return searchChildren(ctx, clerk.userId, role, input);
  },
  (ctx) => requireChildFinder(ctx).caller,
);

/** The search itself, audited as `child.search` under the role the clerk acts in (also 妇幼保健's childHealth.findChildren). */
export async function searchChildren(
  ctx: Ctx,
  userId: string,
  role: StaffRoleCode,
  input: v.InferOutput<typeof findInput>,
): Promise<ChildSummary[]> {
  let rows: ChildRow[];
  if (input.idNumber !== undefined) {
    const row = await childByIdHash(ctx.db, ctx.crypto.hash(input.idNumber));
    rows =
      row && (input.name === undefined || row.name === input.name) && (input.birthDate === undefined || row.birth_date === input.birthDate)
        ? [row]
        : [];
  } else {
    rows = await childrenByNameAndBirthDate(ctx.db, { name: input.name, birthDate: input.birthDate });
  }
  const criteria = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.birthDate !== undefined ? { birthDate: input.birthDate } : {}),
    ...(input.idNumber !== undefined ? { idNumberMasked: maskIdNumber(input.idNumber) } : {}),
  };
  await audit(ctx, userId, 'child.search', rows.length === 1 ? rows[0]!.id : '*', { criteria, found: rows.map((r) => r.id) }, role);
  return rows.map((r) => childSummary(r, ctx.crypto));
}

/** One child's calendar, for the clinic; the read is audited. */
export const childCalendar = action(
  childIdInput,
  async ({ childId }, ctx): Promise<VaccineCalendar> => {
    const clerk = requireClinic(ctx);
    const child = await findChild(ctx.db, childId);
    if (!child) throw notFound(CHILD_NOT_FOUND);
    await audit(ctx, clerk.userId, 'vaccine.read', child.id, {});
    return calendarOfChild(ctx, child);
  },
  requireClinic,
);

// The full check (recordDoseSchema) needs the child's birth date, so the child is found first.
const recordTarget = v.pipe(
  v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), typeMessage('接种记录')),
  v.looseObject({ childId: recordId('孩子') }),
);

export type DoseDeps = Pick<Ctx, 'db' | 'crypto' | 'clock' | 'notify'>;

/**
 * Writes one checked dose: the record, the audit row and an inbox message to each of the family's
 * parents. Shared by vaccine.recordDose and the demo seed. CONFLICT when the dose is recorded already.
 */
export async function recordCheckedDose(
  deps: DoseDeps,
  clerkUserId: string,
  child: ChildRow,
  input: RecordDoseInput,
): Promise<VaccineCalendar> {
  const now = deps.clock.now();
  const inserted = await insertDose(deps.db, {
    child_id: child.id,
    dose_id: input.doseId,
    detail_enc: sealDose(input, deps.crypto),
    recorded_by: clerkUserId,
    recorded_at: now.toISOString(),
  });
  if (!inserted) throw conflict(DOSE_ALREADY_RECORDED);
  await appendAudit(
    deps.db,
    {
      actorUserId: clerkUserId,
      actorRole: 'clinic',
      action: 'vaccine.record',
      targetType: 'child',
      targetId: child.id,
      // Which dose of which child, by whom and when; what was given is health data and stays sealed in the record.
      detail: { doseId: input.doseId },
    },
    now,
  );

  const calendar = await calendarOfChild(deps, child, todayIn(now));
  const dose = calendar.doses.find((d) => d.doseId === input.doseId) ?? possibleDoses(child.birth_date).get(input.doseId)?.dose;
  const title = dose ? doseTitle(dose) : input.doseId;
  for (const parent of await parentsOfFamily(deps.db, child.family_id)) {
    await deps.notify.send(parent, {
      title: '接种记录已更新',
      // Messages are stored in clear: the batch and clinic stay in the (sealed) record, shown on the calendar.
      body: maskForLog(`${child.name}已于${input.date}接种${title}。可在“接种计划”中查看接种详情和下一剂的时间。`),
      link: vaccineCalendarLink(child.id),
    });
  }
  return calendar;
}

/**
 * Records a dose as given. The dose must be one of the child's schedule, the product one that dose
 * takes, the date between the birth date and today; a dose recorded already is CONFLICT (the primary
 * key makes a retry harmless). The family's parents get an inbox message.
 */
export const recordDose = action(
  recordTarget,
  async (raw, ctx): Promise<VaccineCalendar> => {
    const clerk = requireClinic(ctx);
    const child = await findChild(ctx.db, raw.childId);
    if (!child) throw notFound(CHILD_NOT_FOUND);
    const input = parseInput(recordDoseSchema(todayIn(ctx.clock.now()), child.birth_date), raw);
    return recordCheckedDose(ctx, clerk.userId, child, input);
  },
  requireClinic,
);

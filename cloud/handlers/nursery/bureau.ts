// The health bureau's side: every institution whatever its status, 备案 and corrections, status
// changes (a revoked one leaves search at once), inspections, and the county's supply against the
// plan. Every read and change is in the audit log.
import * as v from 'valibot';
import { todayIn } from '../../../domain/dates';
import { isPuhui } from '../../../domain/nursery/filters';
import { filingStatusField, inspectionSchema, institutionSchema } from '../../../domain/nursery/schema';
import { supplyReport, type SlotTotals } from '../../../domain/nursery/supply';
import type { NurseryDetail } from '../../../domain/nursery/types';
import { TOWNSHIP_CODES, type TownshipCode } from '../../../domain/place/townships';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import {
  countFiled,
  filedCapacityByTownship,
  findInstitution,
  INSTITUTION_PAGE,
  listInstitutions as listRows,
  type InstitutionRow,
} from '../../db/repos/nurseries';
import type { Page } from '../../../domain/api/contract';
import { emptyInput, idInput, pageNumber, reasonText, recordId } from '../common/schemas';
import { addInspection, correctInstitution, fileNewInstitution, setStatus } from './institutionWrite';
import { loadDetail } from './record';
import { requireNurseryBureau } from './staffAccess';
import { auditTrail } from '../common/auditTrail';

const INSTITUTION_NOT_FOUND = '未找到该托育机构';

const audit = auditTrail('health_bureau', 'nursery_institution');

async function anyInstitution(ctx: Ctx, id: string): Promise<InstitutionRow> {
  const row = await findInstitution(ctx.db, id);
  if (!row) throw notFound(INSTITUTION_NOT_FOUND);
  return row;
}

async function staffDetail(ctx: Ctx, id: string): Promise<NurseryDetail> {
  return loadDetail(ctx.db, await anyInstitution(ctx, id), ctx.clock.now(), 'staff');
}

export const listInstitutions = action(
  strictFields('查询条件', {
    status: v.nullish(filingStatusField),
    township: v.nullish(oneOf('乡镇', TOWNSHIP_CODES)),
    page: pageNumber,
  }),
  async (criteria, ctx): Promise<Page<NurseryDetail>> => {
    const clerk = requireNurseryBureau(ctx);
    const page = criteria.page ?? 1;
    const { rows, total } = await listRows(ctx.db, {
      ...(criteria.status ? { status: criteria.status } : {}),
      ...(criteria.township ? { township: criteria.township } : {}),
      page,
    });
    const items: NurseryDetail[] = [];
    for (const row of rows) items.push(await loadDetail(ctx.db, row, ctx.clock.now(), 'staff'));
    await audit(ctx, clerk.userId, 'nursery.institutions.list', '*', {
      criteria: { status: criteria.status ?? null, township: criteria.township ?? null, page },
      total,
      shown: items.length,
    });
    return { items, total, pageSize: INSTITUTION_PAGE };
  },
  requireNurseryBureau,
);

export const institution = action(
  idInput,
  async ({ id }, ctx) => {
    const clerk = requireNurseryBureau(ctx);
    const detail = await staffDetail(ctx, id);
    await audit(ctx, clerk.userId, 'nursery.institution.read', id);
    return detail;
  },
  requireNurseryBureau,
);

export const fileInstitution = action(
  v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), '机构备案信息格式不正确'),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      // `id` (a correction) travels beside the filing fields; each part keeps its own messages.
      const { id, ...fields } = dataset.value;
      const idResult =
        id === undefined || id === null ? { success: true as const, output: undefined } : v.safeParse(recordId('机构标识'), id);
      const fieldsResult = v.safeParse(institutionSchema, fields, { lang: 'zh-CN' });
      if (!idResult.success)
        for (const issue of idResult.issues)
          addIssue({ message: issue.message, path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'id', value: id }] });
      if (!fieldsResult.success)
        for (const issue of fieldsResult.issues) addIssue({ message: issue.message, ...(issue.path ? { path: issue.path } : {}) });
      if (!idResult.success || !fieldsResult.success) return NEVER;
      return { id: idResult.output, fields: fieldsResult.output };
    }),
  ),
  async ({ id, fields }, ctx) => {
    const clerk = requireNurseryBureau(ctx);
    if (id) {
      const row = await anyInstitution(ctx, id);
      const changed = await correctInstitution(ctx, row, fields);
      await audit(ctx, clerk.userId, 'nursery.institution.correct', row.id, { filingNumber: fields.filingNumber, fields: changed });
      return staffDetail(ctx, row.id);
    }
    const newId = await fileNewInstitution(ctx, fields);
    await audit(ctx, clerk.userId, 'nursery.institution.file', newId, { filingNumber: fields.filingNumber });
    return staffDetail(ctx, newId);
  },
  requireNurseryBureau,
);

export const setFilingStatus = action(
  strictFields('备案状态变更', { id: recordId('机构标识'), status: filingStatusField, reason: reasonText('变更原因') }),
  async ({ id, status, reason }, ctx) => {
    const clerk = requireNurseryBureau(ctx);
    const row = await anyInstitution(ctx, id);
    await setStatus(ctx, row.id, status, reason);
    await audit(ctx, clerk.userId, 'nursery.institution.status', row.id, { from: row.filing_status, to: status, reason });
    return staffDetail(ctx, row.id);
  },
  requireNurseryBureau,
);

export const recordInspection = action(
  (ctx) => strictFields('检查记录', { id: recordId('机构标识'), ...inspectionSchema(todayIn(ctx.clock.now())) }),
  async ({ id, date, result, notes }, ctx) => {
    const clerk = requireNurseryBureau(ctx);
    const row = await anyInstitution(ctx, id);
    await addInspection(ctx, row.id, { date, result, notes: notes ?? '' }, clerk.userId);
    await audit(ctx, clerk.userId, 'nursery.inspection.record', row.id, { date, result });
    return staffDetail(ctx, row.id);
  },
  requireNurseryBureau,
);

export const nurserySupply = action(
  emptyInput,
  async (_input, ctx) => {
    const clerk = requireNurseryBureau(ctx);
    const rows = await filedCapacityByTownship(ctx.db);
    const totals: SlotTotals[] = rows.map((r) => ({
      township: r.township as TownshipCode,
      slots: r.capacity,
      puhuiSlots: isPuhui(r.ownership) ? r.capacity : 0,
    }));
    const report = supplyReport(totals, await countFiled(ctx.db));
    await audit(ctx, clerk.userId, 'nursery.supply.read', 'county');
    return report;
  },
  requireNurseryBureau,
);

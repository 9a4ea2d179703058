// The bureau's registration search: by number, township and the (Shanghai) day it was filed.
// Summaries carry names but no ID numbers. Searching and opening one are both audited.
import * as v from 'valibot';
import type { Page, RegistrationSummary } from '../../../domain/api/contract';
import { TOWNSHIP_CODES, type TownshipCode } from '../../../domain/place/townships';
import { compareDates } from '../../../domain/dates';
import { calendarDate, oneOf, refine, strictFields, typeMessage } from '../../../domain/validation';
import { action } from '../../core/action';
import { appendAudit } from '../../db/repos/audit';
import { registrationSummaries } from '../../db/repos/registrations';
import { pageNumber } from '../common/schemas';
import { requireBureau } from './bureau';
import { endOfShanghaiDayExclusive, startOfShanghaiDay } from '../common/shanghaiDay';

export const SEARCH_PAGE_SIZE = 20;

const searchInput = v.pipe(
  strictFields('查询条件', {
    number: v.optional(
      v.pipe(
        v.string(typeMessage('登记编号')),
        v.trim(),
        v.toUpperCase(),
        refine((s) => /^SY\d{16}$/.test(s), '登记编号格式不正确，应为SY加16位数字'),
      ),
    ),
    township: v.optional(oneOf('乡镇', TOWNSHIP_CODES)),
    from: v.optional(calendarDate('起始日期')),
    to: v.optional(calendarDate('截止日期')),
    page: pageNumber,
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], (x) => !x.from || !x.to || compareDates(x.from, x.to) <= 0, '截止日期不能早于起始日期'),
    ['to'],
  ),
);

export const searchRegistrations = action(
  searchInput,
  async (input, ctx): Promise<Page<RegistrationSummary>> => {
    const clerk = requireBureau(ctx);
    const page = input.page ?? 1;
    const { total, rows } = await registrationSummaries(
      ctx.db,
      {
        number: input.number,
        township: input.township,
        createdFrom: input.from && startOfShanghaiDay(input.from),
        createdBefore: input.to && endOfShanghaiDayExclusive(input.to),
      },
      { limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE },
    );

    // A result list shows names, so a search is a staff read too (docs/decisions.md §7): the criteria are logged.
    await appendAudit(
      ctx.db,
      {
        actorUserId: clerk.userId,
        actorRole: 'health_bureau',
        action: 'registration.search',
        targetType: 'registration',
        targetId: input.number ?? '*',
        detail: { criteria: input, total, shown: rows.length },
      },
      ctx.clock.now(),
    );

    return {
      total,
      pageSize: SEARCH_PAGE_SIZE,
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        status: r.status,
        applicantName: r.applicant_name,
        spouseName: r.spouse_name,
        childOrder: r.child_order,
        stage: r.stage,
        ...(r.due_date ? { dueDate: r.due_date } : {}),
        ...(r.birth_date ? { birthDate: r.birth_date } : {}),
        township: r.township as TownshipCode,
        createdAt: r.created_at,
      })),
    };
  },
  requireBureau,
);

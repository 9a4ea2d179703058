// The bureau's query over the audit log: by actor (user or role), action, target and day, newest
// first. Reading the log is a staff read like any other, so each query is itself logged.
import * as v from 'valibot';
import type { Page } from '../../../domain/api/contract';
import type { AuditEntryView } from '../../../domain/audit/types';
import { FLAGGED_AUDIT_ACTIONS } from '../../../domain/audit/labels';
import { compareDates } from '../../../domain/dates';
import { calendarDate, oneOf, optionalText, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { requireRole } from '../../core/guards';
import { appendAudit, findAuditEntries } from '../../db/repos/audit';
import { maskDeep } from '../../security/maskForLog';
import { STAFF_ROLE_CODES } from '../../../domain/account/roles';
import { pageNumber } from '../common/schemas';
import { targetNames } from './auditTargets';
import { endOfShanghaiDayExclusive, startOfShanghaiDay } from '../common/shanghaiDay';

export const AUDIT_PAGE_SIZE = 30;
const AUDIT_BUREAU_ONLY = '仅卫生健康局工作人员可以查询审计日志';

const auditQuery = v.pipe(
  strictFields('查询条件', {
    actorUserId: optionalText('操作人标识', 64),
    actorRole: v.optional(oneOf('操作人岗位', STAFF_ROLE_CODES)),
    action: optionalText('操作类型', 64),
    targetType: optionalText('对象类型', 64),
    targetId: optionalText('对象标识', 64),
    from: v.optional(calendarDate('起始日期')),
    to: v.optional(calendarDate('截止日期')),
    flagged: v.optional(v.boolean('请选择是否只看需关注的记录')),
    page: pageNumber,
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], (x) => !x.from || !x.to || compareDates(x.from, x.to) <= 0, '截止日期不能早于起始日期'),
    ['to'],
  ),
);

// Details name what was done, never to whom: a staff search's criteria may hold a child's name.
const PERSONAL_KEY = /name|phone|idnumber|address|account|birth/i;

function withoutPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withoutPersonalData(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!PERSONAL_KEY.test(key)) out[key] = withoutPersonalData(item, depth + 1);
  }
  return out;
}

function shownDetail(json: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(json);
  const clean = maskDeep(withoutPersonalData(parsed));
  return typeof clean === 'object' && clean !== null && !Array.isArray(clean) ? (clean as Record<string, unknown>) : {};
}

export const auditLog = action(
  auditQuery,
  async (input, ctx): Promise<Page<AuditEntryView>> => {
    const clerk = requireRole(ctx, 'health_bureau', AUDIT_BUREAU_ONLY);
    const page = input.page ?? 1;
    const { total, rows } = await findAuditEntries(
      ctx.db,
      {
        actorUserId: input.actorUserId,
        actorRole: input.actorRole,
        action: input.action,
        targetType: input.targetType,
        targetId: input.targetId,
        fromAt: input.from && startOfShanghaiDay(input.from),
        beforeAt: input.to && endOfShanghaiDayExclusive(input.to),
        actions: input.flagged ? FLAGGED_AUDIT_ACTIONS : undefined,
      },
      { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
    );

    const names = await targetNames(ctx.db, rows);
    // Written after the page is read, so the query does not list itself.
    const criteria = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    await appendAudit(
      ctx.db,
      {
        actorUserId: clerk.userId,
        actorRole: 'health_bureau',
        action: 'audit.read',
        targetType: 'audit_log',
        targetId: '*',
        detail: { criteria, total },
      },
      ctx.clock.now(),
    );

    return {
      total,
      pageSize: AUDIT_PAGE_SIZE,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorUserId: r.actor_user_id,
        ...(r.verified_name ? { actorName: r.verified_name } : {}),
        actorRole: r.actor_role,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        ...(names.has(`${r.target_type}:${r.target_id}`) ? { targetName: names.get(`${r.target_type}:${r.target_id}`)! } : {}),
        detail: shownDetail(r.detail_json),
      })),
    };
  },
  (ctx) => requireRole(ctx, 'health_bureau', AUDIT_BUREAU_ONLY),
);

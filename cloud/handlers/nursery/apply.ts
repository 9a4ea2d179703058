// Applying for a place: a class kind the filed institution runs, with a vacancy, that takes the
// child at the age it would start; a care type it offers; one live application per child and
// institution.
import type * as v from 'valibot';
import { ageInMonths, classFitsAge } from '../../../domain/nursery/ageFit';
import { CLASS_RULES } from '../../../domain/nursery/classRules';
import { vacanciesOf } from '../../../domain/nursery/filters';
import { CARE_TYPE_LABELS } from '../../../domain/nursery/labels';
import { applyPlaceSchema } from '../../../domain/nursery/schema';
import type { CareType, NurseryRequestView } from '../../../domain/nursery/types';
import { todayIn } from '../../../domain/dates';
import { action } from '../../core/action';
import { conflict, invalidInput } from '../../core/errors';
import { requireVerified } from '../../core/guards';
import { classesOf } from '../../db/repos/nurseries';
import { openPlaceRequest, type NurseryRequestRow } from '../../db/repos/nurseryRequests';
import { childOfFamily, createNurseryRequest, filedInstitution, verifiedUserRow, type NurseryDeps } from './requestCreate';
import { requestView } from './requestView';

/** The day the child's age is taken on: the first of the start month, or today within this month. */
function startDay(startMonth: string, today: string): string {
  const first = `${startMonth}-01`;
  return first > today ? first : today;
}

export async function applyPlaceFor(
  deps: NurseryDeps,
  userId: string,
  input: v.InferOutput<ReturnType<typeof applyPlaceSchema>>,
): Promise<NurseryRequestRow> {
  const user = await verifiedUserRow(deps, userId);
  const institution = await filedInstitution(deps, input.institutionId);
  const rule = CLASS_RULES[input.classKind];
  const classes = (await classesOf(deps.db, institution.id)).filter((c) => c.kind === input.classKind);
  if (classes.length === 0) throw invalidInput({ classKind: `${institution.name}没有开设${rule.name}，请选择其他班级类型` });
  const careTypes = JSON.parse(institution.care_types_json) as CareType[];
  if (!careTypes.includes(input.careType))
    throw invalidInput({ careType: `${institution.name}不提供${CARE_TYPE_LABELS[input.careType]}服务` });

  const child = await childOfFamily(deps, user, input.childId);
  const today = todayIn(deps.clock.now());
  const on = startDay(input.startMonth, today);
  const age = ageInMonths(child.birth_date, on);
  if (!classFitsAge(input.classKind, age)) {
    const when = age < rule.minMonths ? '太小' : '已超出';
    throw invalidInput({
      childId: `${child.name}在${input.startMonth}入托时月龄为${Math.max(age, 0)}个月，${when}${rule.name}的招收年龄（${rule.minMonths}—${rule.maxMonths}个月）`,
    });
  }
  if (!classes.some((c) => vacanciesOf(c) > 0)) throw conflict(`${institution.name}的${rule.name}暂无空余托位，可先预约参观或选择其他机构`);

  const open = await openPlaceRequest(deps.db, institution.id, child.id);
  const duplicate = () =>
    conflict(`已为${child.name}向${institution.name}提交过托位申请（编号 ${open?.number ?? ''}），请在“我的办件”中查看`);
  if (open) throw duplicate();

  return createNurseryRequest(
    deps,
    user,
    institution,
    {
      kind: 'place',
      institution_id: institution.id,
      slot_id: null,
      slot_start: null,
      slot_duration_min: null,
      visitors: null,
      class_kind: input.classKind,
      care_type: input.careType,
      start_month: input.startMonth,
      child_id: child.id,
      note: input.note ?? null,
    },
    input.phone,
    duplicate,
  );
}

export const applyPlace = action(
  (ctx) => applyPlaceSchema(todayIn(ctx.clock.now())),
  async (input, ctx): Promise<NurseryRequestView> => {
    const caller = requireVerified(ctx);
    return requestView(ctx.db, await applyPlaceFor(ctx, caller.userId, input));
  },
  requireVerified,
);

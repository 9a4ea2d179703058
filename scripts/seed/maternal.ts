// 母婴健康 demo data, through the live code paths: the demo `parent` (演示张丽, pregnant, with a
// 生育登记 due in about four months) has her pregnancy started from that 生育登记 — dated from the
// last menstrual period the 预产期 implies — with 建册 at 10 weeks and the 16–20-week check at 18
// weeks, both recorded by the demo 妇幼保健 clerk. Facilities are made up (样例).
import type { Kysely } from 'kysely';
import { addDays, todayIn } from '../../domain/dates';
import { checkRecordSchema, startFromDueDate } from '../../domain/maternal/pregnancyRecordSchemas';
import { validate } from '../../domain/validation';
import { inboxNotifier } from '../../cloud/adapters/notify/inbox';
import { openPregnancyOf } from '../../cloud/db/repos/pregnancies';
import { findUser } from '../../cloud/db/repos/users';
import type { Database } from '../../cloud/db/tables';
import { createPregnancy, motherOf } from '../../cloud/handlers/maternal/parent';
import { recordCheckedCheck } from '../../cloud/handlers/maternal/staff';
import type { FieldCrypto } from '../../cloud/security/fieldCrypto';

export const SEEDED_PREGNANCY_CHECKS = [
  {
    checkId: 'prenatal-1',
    week: 10,
    facility: '平原镇卫生院（样例）',
    notes: '建立《母子健康手册》；血常规、尿常规、血型、肝肾功能、乙肝、梅毒、艾滋病检测已做',
  },
  { checkId: 'prenatal-2', week: 18, facility: '盈江县妇幼保健院（样例）', notes: '血压、宫高、胎心正常；已预约孕中期产前筛查' },
] as const;

/** Returns how many pregnancies it started (0 when she has one already). */
export async function seedPregnancy(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  ids: { parent: string; maternal_child: string },
  now: Date,
): Promise<number> {
  const user = await findUser(db, ids.parent);
  if (!user?.id_number_hash || (await openPregnancyOf(db, user.id_number_hash))) return 0;
  const registration = await db
    .selectFrom('registrations')
    .selectAll()
    .where('applicant_user_id', '=', ids.parent)
    .where('status', '=', 'registered')
    .where('due_date', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!registration) throw new Error('seed: the demo parent has no 生育登记 with a 预产期');
  const start = startFromDueDate(registration.due_date!);
  const deps = { db, crypto, clock: { now: () => now }, notify: inboxNotifier(db, () => now) };
  const dating = {
    basis: 'lmp' as const,
    startDate: start,
    dueDate: registration.due_date!,
    lmp: start,
    scanDate: null,
    scanWeeks: null,
    scanDays: null,
  };
  let row = await createPregnancy(deps, user, motherOf(crypto, user, registration), dating, registration);
  for (const c of SEEDED_PREGNANCY_CHECKS) {
    const checked = validate(checkRecordSchema(todayIn(now), start), {
      pregnancyId: row.id,
      checkId: c.checkId,
      date: addDays(start, c.week * 7),
      facility: c.facility,
      notes: c.notes,
    });
    if (!checked.ok) throw new Error(`seed check is invalid: ${JSON.stringify(checked.fields)}`);
    await recordCheckedCheck(deps, ids.maternal_child, row, checked.value);
    row = await db.selectFrom('pregnancies').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  }
  return 1;
}

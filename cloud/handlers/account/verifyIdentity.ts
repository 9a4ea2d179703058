// Real-name verification: the identity provider confirms name + ID number; the number is stored
// encrypted with its lookup hash, and sex and birth date are read from it.
import { todayIn } from '../../../domain/dates';
import { verifyIdentitySchema } from '../../../domain/account/schema';
import { checkIdNumber } from '../../../domain/identity/idNumber';
import { WHOLE_INPUT_KEY } from '../../../domain/validation';
import { action } from '../../core/action';
import { conflict, invalidInput } from '../../core/errors';
import { requireCaller } from '../../core/guards';
import { findUser, findUserByIdHash } from '../../db/repos/users';
import { isUniqueViolation } from '../../db/uniqueViolation';
import { buildMe } from './me';

export const ID_ALREADY_BOUND = '该身份证号已被其他微信账号认证';

export const verifyIdentity = action(
  (ctx) => verifyIdentitySchema(todayIn(ctx.clock.now())),
  async ({ name, idNumber }, ctx) => {
    const caller = requireCaller(ctx);
    const user = await findUser(ctx.db, caller.userId);
    if (!user) throw new Error('caller without a user row');
    const hash = ctx.crypto.hash(idNumber);

    if (user.verified_at !== null) {
      if (user.id_number_hash === hash && user.verified_name === name) return buildMe(ctx.db, ctx.crypto, user.id);
      throw conflict('您已完成实名认证，如需变更请联系卫生健康局工作人员');
    }
    const holder = await findUserByIdHash(ctx.db, hash);
    if (holder && holder.id !== user.id) throw conflict(ID_ALREADY_BOUND);

    const result = await ctx.identity.verify(name, idNumber);
    if (!result.ok) throw invalidInput({ [WHOLE_INPUT_KEY]: result.reason }, `实名认证未通过：${result.reason}`);

    const person = checkIdNumber(idNumber);
    if (!person.ok) throw new Error('schema accepted an ID number that does not pass the check');

    // A registration that already names this person as spouse brings them into that family; so does
    // a 出生一件事 application naming them as the other parent. Only when every such record agrees:
    // anyone can type anyone's ID number, so when two families name this person neither gets them
    // (they join their family by filing their own registration or case with their spouse).
    const named = [
      ...(await ctx.db.selectFrom('registrations').select('family_id').where('spouse_id_hash', '=', hash).where('status', '=', 'registered').execute()),
      ...(await ctx.db.selectFrom('birth_cases').select('family_id').where('other_parent_id_hash', '=', hash).execute()),
    ];
    const families = new Set(named.map((r) => r.family_id));
    const familyId = user.family_id ?? (families.size === 1 ? [...families][0]! : null);

    try {
      await ctx.db
        .updateTable('users')
        .set({
          verified_name: name,
          id_number_enc: ctx.crypto.encrypt(idNumber),
          id_number_hash: hash,
          sex: person.sex,
          birth_date: person.birthDate,
          verified_at: ctx.clock.now().toISOString(),
          family_id: familyId,
        })
        .where('id', '=', user.id)
        .execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(ID_ALREADY_BOUND);
      throw e;
    }
    return buildMe(ctx.db, ctx.crypto, user.id);
  },
  requireCaller,
);

// Me: the verified person, their roles, and their family: the spouse and an expected baby from their
// current registration (the latest they filed, else the latest of their family that names them:
// currentRegistrationOf), and the family's children as every child service sees them (the children
// table: named in a 生育登记 or born through 出生一件事).
import type { Kysely } from 'kysely';
import type { FamilyMember, Me } from '../../../domain/api/contract';
import { maskIdNumber } from '../../../domain/identity/idNumber';
import { childOrderText } from '../../../domain/registration/childOrder';
import { action } from '../../core/action';
import { requireCaller } from '../../core/guards';
import { childrenOfFamily, type ChildRow } from '../../db/repos/children';
import { currentRegistrationOf, type RegistrationRow } from '../../db/repos/registrations';
import { findUser, rolesOf, type UserRow } from '../../db/repos/users';
import type { Database } from '../../db/tables';
import type { FieldCrypto } from '../../security/fieldCrypto';
import { emptyInput } from '../common/schemas';
import { personView } from '../registration/record';

function spouse(row: RegistrationRow, selfIsApplicant: boolean, crypto: FieldCrypto): FamilyMember {
  const other = personView(row, selfIsApplicant ? 'spouse' : 'applicant', crypto);
  return { relation: 'spouse', name: other.name, idNumberMasked: other.idNumberMasked, sex: other.sex };
}

function expected(row: RegistrationRow): FamilyMember[] {
  if (row.stage !== 'pregnant') return [];
  const order = childOrderText(row.child_order);
  return [{ relation: 'expected', name: `待出生的宝宝（${order}）`, ...(row.due_date ? { note: `预产期 ${row.due_date}` } : {}) }];
}

function childMember(child: ChildRow, crypto: FieldCrypto): FamilyMember {
  return {
    relation: 'child',
    name: child.name,
    birthDate: child.birth_date,
    ...(child.sex ? { sex: child.sex } : {}),
    ...(child.id_number_enc ? { idNumberMasked: maskIdNumber(crypto.decrypt(child.id_number_enc)) } : {}),
  };
}

/** The phone WeChat confirmed, to prefill the caller's own forms. */
function phoneOf(user: UserRow, crypto: FieldCrypto): { phone?: string } {
  return user.phone_enc ? { phone: crypto.decrypt(user.phone_enc) } : {};
}

/** `knownRoles`: the caller's, read with the session this very request (not read again). */
export async function buildMe(db: Kysely<Database>, crypto: FieldCrypto, userId: string, knownRoles?: Me['roles']): Promise<Me> {
  const user: UserRow | undefined = await findUser(db, userId);
  if (!user) throw new Error('me for a missing user');
  const roles = knownRoles ?? (await rolesOf(db, user.id));
  if (
    user.verified_at === null ||
    user.verified_name === null ||
    user.id_number_enc === null ||
    user.sex === null ||
    user.birth_date === null
  ) {
    return { userId: user.id, verified: false, roles, family: [], ...phoneOf(user, crypto) };
  }
  const idNumber = crypto.decrypt(user.id_number_enc);
  const idNumberMasked = maskIdNumber(idNumber);
  const family: FamilyMember[] = [
    { relation: 'self', name: user.verified_name, idNumberMasked, sex: user.sex, birthDate: user.birth_date },
  ];
  const latest = await currentRegistrationOf(db, { userId: user.id, idHash: user.id_number_hash, familyId: user.family_id });
  if (latest) family.push(spouse(latest, latest.applicant_user_id === user.id, crypto));
  if (user.family_id) family.push(...(await childrenOfFamily(db, user.family_id)).map((c) => childMember(c, crypto)));
  if (latest) family.push(...expected(latest));
  // The full number goes only to its owner, to prefill their own forms; pages show the masked one.
  return {
    userId: user.id,
    verified: true,
    name: user.verified_name,
    idNumber,
    idNumberMasked,
    sex: user.sex,
    birthDate: user.birth_date,
    roles,
    family,
    ...phoneOf(user, crypto),
  };
}

export const me = action(
  emptyInput,
  async (_input, ctx) => {
    const caller = requireCaller(ctx);
    return buildMe(ctx.db, ctx.crypto, caller.userId, caller.roles);
  },
  requireCaller,
);

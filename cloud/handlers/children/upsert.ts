// The one place a child record is created or changed. Children come from two paths, each inside the
// transaction of the change that brings them:
//   - a 出生一件事 case: created with the case (createBirthCase), renamed when the parent fixes the
//     child's facts in a resubmission, and given its 公民身份号码 when the police complete the hukou
//     step (stepFlow);
//   - a 生育登记: every submit and correction upserts the children it lists that are the family's own
//     living children (this marriage or adopted, not deceased). The new child of a 'born'
//     registration has no name yet, so it comes only from the bundle.
// One row per (family, name, birth date): a bundle for a child the registration already listed
// attaches to that row, and the other way round.
import type { ExistingChild } from '../../../domain/registration/types';
import type { Ctx } from '../../core/context';
import { hasHealthRecords, moveHealthRecords } from '../../db/repos/childHealth';
import { conflict } from '../../core/errors';
import { newId } from '../../core/ids';
import {
  childrenOfRegistration,
  dosesOf,
  countDoses,
  deleteChild,
  findChildOfBirthCase,
  findFamilyChild,
  insertChild,
  moveDoses,
  updateChild,
  type ChildRow,
} from '../../db/repos/children';
import type { BirthCaseRow } from '../../db/repos/birthCases';
import { otherRegistrationsOfFamily, type RegistrationRow } from '../../db/repos/registrations';
import { existingChildrenOf } from '../registration/record';

export type ChildDeps = Pick<Ctx, 'db' | 'crypto' | 'clock'>;

/** The children a registration lists that are the family's own: this marriage or adopted, and alive. */
export function ownLivingChildren(existing: readonly ExistingChild[]): ExistingChild[] {
  return existing.filter((c) => (c.relation === 'this-marriage' || c.relation === 'adopted') && !c.deceased);
}

const sameChild = (a: { name: string; birthDate: string }, b: { name: string; birth_date: string }) =>
  a.name === b.name && a.birthDate === b.birth_date;

/**
 * `absorbed` (a row that turned out to be the same child as `keep`) is folded into `keep`: its doses
 * move over, its registration link is kept, and it is deleted. Refused when both hold a record of the
 * same dose, or when `absorbed` is another case's child.
 */
async function mergeInto(deps: ChildDeps, keep: ChildRow, absorbed: ChildRow): Promise<void> {
  if (absorbed.birth_case_id !== null)
    throw conflict(`${absorbed.name}（${absorbed.birth_date}出生）已有“出生一件事”办件，请核对孩子的姓名和出生日期`);
  const kept = new Set((await dosesOf(deps.db, keep.id)).map((d) => d.dose_id));
  if ((await dosesOf(deps.db, absorbed.id)).some((d) => kept.has(d.dose_id))) {
    throw conflict(`${absorbed.name}的接种记录与本办件的孩子重复，请联系预防接种单位核对`);
  }
  await moveDoses(deps.db, absorbed.id, keep.id);
  if (!(await moveHealthRecords(deps.db, absorbed.id, keep.id))) {
    throw conflict(`${absorbed.name}的儿童健康检查记录与本办件的孩子重复，请联系乡镇卫生院核对`);
  }
  await deleteChild(deps.db, absorbed.id);
  if (keep.registration_id === null && absorbed.registration_id !== null) {
    await updateChild(deps.db, keep.id, { registration_id: absorbed.registration_id });
  }
}

/** A new child of the family, from a case or a registration; its ID number comes later, from the police. */
async function addChild(
  deps: ChildDeps,
  at: string,
  child: Pick<ChildRow, 'family_id' | 'name' | 'sex' | 'birth_date' | 'source'> &
    Partial<Pick<ChildRow, 'birth_case_id' | 'registration_id'>>,
): Promise<string> {
  const id = newId();
  await insertChild(deps.db, {
    birth_case_id: null,
    registration_id: null,
    ...child,
    id,
    id_number_enc: null,
    id_number_hash: null,
    created_at: at,
    updated_at: at,
  });
  return id;
}

/** The case's child, created or brought up to date with the case's child columns. */
export async function childFromBirthCase(
  deps: ChildDeps,
  c: Pick<BirthCaseRow, 'id' | 'family_id' | 'child_name' | 'child_sex' | 'child_birth_date'>,
): Promise<string> {
  const at = deps.clock.now().toISOString();
  const facts = { name: c.child_name, birthDate: c.child_birth_date };
  const own = await findChildOfBirthCase(deps.db, c.id);
  const same = await findFamilyChild(deps.db, c.family_id, c.child_name, c.child_birth_date);

  if (own) {
    if (sameChild(facts, own) && own.sex === c.child_sex && own.family_id === c.family_id) return own.id;
    if (same && same.id !== own.id) await mergeInto(deps, own, same);
    await updateChild(deps.db, own.id, {
      family_id: c.family_id,
      name: c.child_name,
      sex: c.child_sex,
      birth_date: c.child_birth_date,
      updated_at: at,
    });
    return own.id;
  }
  if (same) {
    if (same.birth_case_id !== null) throw conflict(`${c.child_name}的“出生一件事”已经在办理中，请在“我的办件”中查看`);
    await updateChild(deps.db, same.id, { source: 'birth_case', birth_case_id: c.id, sex: c.child_sex, updated_at: at });
    return same.id;
  }
  return addChild(deps, at, {
    family_id: c.family_id,
    name: c.child_name,
    sex: c.child_sex,
    birth_date: c.child_birth_date,
    source: 'birth_case',
    birth_case_id: c.id,
  });
}

/** The police issued the child's 公民身份号码 (hukou step done): stored encrypted, with its lookup hash. */
export async function setChildIdNumber(deps: ChildDeps, c: BirthCaseRow, idNumber: string): Promise<void> {
  const childId = await childFromBirthCase(deps, c);
  await updateChild(deps.db, childId, {
    id_number_enc: deps.crypto.encrypt(idNumber),
    id_number_hash: deps.crypto.hash(idNumber),
    updated_at: deps.clock.now().toISOString(),
  });
}

async function listedElsewhere(deps: ChildDeps, row: RegistrationRow, child: ChildRow): Promise<string | undefined> {
  const others = await otherRegistrationsOfFamily(deps.db, row.family_id, row.id);
  return others.find((o) => ownLivingChildren(existingChildrenOf(o)).some((c) => sameChild(c, child)))?.id;
}

/**
 * After a registration is submitted or corrected: its own living children exist as children of the
 * family. A child that a correction renamed or took off the list is removed again — unless another
 * registration of the family still lists it, a case made it, or a clinic has recorded doses for it.
 */
export async function syncRegistrationChildren(deps: ChildDeps, row: RegistrationRow): Promise<void> {
  const at = deps.clock.now().toISOString();
  const listed = ownLivingChildren(existingChildrenOf(row));
  for (const child of listed) {
    const same = await findFamilyChild(deps.db, row.family_id, child.name, child.birthDate);
    if (!same) {
      await addChild(deps, at, {
        family_id: row.family_id,
        name: child.name,
        sex: child.sex,
        birth_date: child.birthDate,
        source: 'registration',
        registration_id: row.id,
      });
    } else if (same.registration_id === null || same.sex === null) {
      await updateChild(deps.db, same.id, { registration_id: same.registration_id ?? row.id, sex: same.sex ?? child.sex, updated_at: at });
    }
  }

  for (const stale of await childrenOfRegistration(deps.db, row.id)) {
    if (listed.some((c) => sameChild(c, stale))) continue;
    const other = await listedElsewhere(deps, row, stale);
    if (other) {
      await updateChild(deps.db, stale.id, { registration_id: other, updated_at: at });
    } else if (
      stale.source === 'registration' &&
      stale.birth_case_id === null &&
      (await countDoses(deps.db, stale.id)) === 0 &&
      !(await hasHealthRecords(deps.db, stale.id))
    ) {
      await deleteChild(deps.db, stale.id);
    }
  }
}

// What the engine is told about a child, derived on the server from what the system holds — never
// from the client:
//   birthDate   the children row;
//   birthOrder  a child of a 出生一件事 case linked to a 生育登记: that registration's 孩次
//               (the order of this birth). Otherwise the same rule as registration (childOrder.ts) over
//               the children born before this one: those declared on the family's registrations keep
//               their relation (previous-marriage, adopted and deceased children do not count), the
//               others on record are births of this family;
//   multipleBirth  children of the family with the same birth date are one birth: index by the order
//               the records were created, of how many. The engine decides what that does to 孩次;
//   hukou       the first spell from the case's hukou step when done (the household township, from
//               the day the police registered it); without it, from the papers the parent typed on an
//               application that was not rejected (a 盈江 township, from the birth date — the
//               reviewer checks them against the uploaded 户口簿 page). Then every move the police
//               recorded (hukou_moves).
// `papersNeeded`: the system holds neither the child's ID number nor a hukou source, so the apply
// form asks for them.
import type { StepResults } from '../../../domain/birth/types';
import { childOrderFromRecords } from '../../../domain/registration/knownChildren';
import type { ExistingChild } from '../../../domain/registration/types';
import type { TownshipCode } from '../../../domain/place/townships';
import type { ChildFacts, HukouPlace, HukouSpell } from '../../../domain/subsidy/types';
import type { Ctx } from '../../core/context';
import { casesWithRegistrationOrder, doneStepsOfCases } from '../../db/repos/birthCases';
import { childrenOfFamily, type ChildRow } from '../../db/repos/children';
import { movesOfChildren } from '../../db/repos/hukouMoves';
import { existingChildrenOfFamilies } from '../../db/repos/registrations';
import { applicationsWithPapers, type SubsidyApplicationRow } from '../../db/repos/subsidies';
import { applicationOf, resultOf } from '../birth/record';

export type FactsDeps = Pick<Ctx, 'db' | 'crypto'>;

/**
 * A household the 出生一件事 form put outside 盈江 ('outside'): the form does not say whether it is in
 * 云南. We take the value no county rule pays on, so nothing is paid here on a guess; such a family
 * applies where the hukou is (the engine's reason says so).
 */
export const OUTSIDE_COUNTY_HUKOU: HukouPlace = 'outside_yunnan';

export interface ChildRecord {
  child: ChildRow;
  facts: ChildFacts;
  papersNeeded: boolean;
  /** Where the first hukou spell came from, in Chinese (the reviewer's "papers source"). */
  hukouSource?: string;
}

interface CaseFacts {
  number: string;
  registrationOrder?: number;
  hukou?: { township: TownshipCode | 'outside'; registeredOn: string };
}

async function caseFactsOf(deps: FactsDeps, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
  const out = new Map<string, CaseFacts>();
  if (caseIds.length === 0) return out;
  const cases = await casesWithRegistrationOrder(deps.db, caseIds);
  const steps = await doneStepsOfCases(deps.db, caseIds, 'hukou');
  for (const c of cases) {
    const facts: CaseFacts = { number: c.number };
    if (c.child_order !== null) facts.registrationOrder = c.child_order;
    const step = steps.find((s) => s.case_id === c.id);
    const result = resultOf<'hukou'>(step, deps.crypto) as StepResults['hukou'] | undefined;
    if (result) facts.hukou = { township: applicationOf(c, deps.crypto).household.hukouTownship, registeredOn: result.registeredOn };
    out.set(c.id, facts);
  }
  return out;
}

interface FamilyRegistrations {
  declared: ExistingChild[];
}

async function familyRegistrations(deps: FactsDeps, familyIds: readonly string[]): Promise<FamilyRegistrations> {
  const out: FamilyRegistrations = { declared: [] };
  if (familyIds.length === 0) return out;
  for (const json of await existingChildrenOfFamilies(deps.db, familyIds)) out.declared.push(...(JSON.parse(json) as ExistingChild[]));
  return out;
}

function birthOrderOf(
  child: ChildRow,
  family: readonly ChildRow[],
  caseFacts: CaseFacts | undefined,
  registrations: FamilyRegistrations,
): number {
  if (caseFacts?.registrationOrder !== undefined) return caseFacts.registrationOrder;
  const recorded = family.map((c) => ({ name: c.name, birthDate: c.birth_date }));
  return childOrderFromRecords(child.birth_date, recorded, registrations.declared);
}

function multipleBirthOf(child: ChildRow, family: readonly ChildRow[]): ChildFacts['multipleBirth'] {
  const birth = family
    .filter((c) => c.birth_date === child.birth_date)
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (birth.length < 2) return undefined;
  return { index: birth.findIndex((c) => c.id === child.id) + 1, of: birth.length };
}

/** Papers typed on this application (being submitted, or the one under review) count as the child's. */
export interface PapersOverride {
  childId: string;
  applicationId: string;
}

/**
 * The record of each of `children`; `family` is every child of their family (birth order, twins).
 * `override`: the hukou comes from this application's papers (one being submitted is not stored yet).
 */
export async function childRecords(
  deps: FactsDeps,
  family: readonly ChildRow[],
  children: readonly ChildRow[] = family,
  override?: PapersOverride,
): Promise<ChildRecord[]> {
  const ids = children.map((c) => c.id);
  const [cases, papered, moves, registrations] = await Promise.all([
    caseFactsOf(
      deps,
      children.flatMap((c) => (c.birth_case_id ? [c.birth_case_id] : [])),
    ),
    applicationsWithPapers(deps.db, ids),
    movesOfChildren(deps.db, ids),
    familyRegistrations(
      deps,
      family.map((c) => c.family_id),
    ),
  ]);

  return children.map((child) => {
    const caseFacts = child.birth_case_id ? cases.get(child.birth_case_id) : undefined;
    const hukou: HukouSpell[] = [];
    let hukouSource: string | undefined;
    if (caseFacts?.hukou) {
      const { township, registeredOn } = caseFacts.hukou;
      hukou.push({ place: township === 'outside' ? OUTSIDE_COUNTY_HUKOU : 'yingjiang', from: registeredOn });
      hukouSource = `出生一件事 ${caseFacts.number}（派出所办结的户口登记）`;
    } else {
      const latest = override?.childId === child.id ? override : latestPapers(papered, child.id);
      if (latest) {
        hukou.push({ place: 'yingjiang', from: child.birth_date });
        const number = papered.find((a) => a.id === latest.applicationId)?.number;
        hukouSource = number ? `补贴申请 ${number}（家长填写的证件信息和上传的户口簿）` : '本次申请中家长填写的证件信息和上传的户口簿';
      }
    }
    for (const move of moves.filter((m) => m.child_id === child.id)) hukou.push({ place: move.destination, from: move.moved_on });

    const facts: ChildFacts = { birthDate: child.birth_date, birthOrder: birthOrderOf(child, family, caseFacts, registrations), hukou };
    const multipleBirth = multipleBirthOf(child, family);
    if (multipleBirth) facts.multipleBirth = multipleBirth;
    const record: ChildRecord = { child, facts, papersNeeded: child.id_number_enc === null || hukouSource === undefined };
    if (hukouSource) record.hukouSource = hukouSource;
    return record;
  });
}

/** The latest application (not rejected) that carried the child's papers. Only a 盈江 township can be typed, so the papers themselves need not be opened. */
function latestPapers(papered: readonly SubsidyApplicationRow[], childId: string): { applicationId: string } | undefined {
  const latest = papered.filter((a) => a.child_id === childId).at(-1);
  return latest && { applicationId: latest.id };
}

/** One child's record, with its family for birth order and twins. */
export async function childRecord(deps: FactsDeps, child: ChildRow, override?: PapersOverride): Promise<ChildRecord> {
  const family = await childrenOfFamily(deps.db, child.family_id);
  const [record] = await childRecords(deps, family, [child], override);
  return record!;
}

// Accepting a 出生一件事 application: number, family, case row, five step rows with their first
// events, attachments, 办件 and inbox message, all in the caller's transaction. Used by birth.submit
// and by the demo seed, so seeded cases look exactly like real ones.
import type { Kysely } from 'kysely';
import { BUNDLE_STEPS, caseStatus, initialStatuses, stepTitle } from '../../../domain/birth/bundleGraph';
import type { BirthApplicationInput } from '../../../domain/birth/types';
import type { Ctx } from '../../core/context';
import { conflict, type AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import {
  allocateBirthCaseNumber,
  appendEvents,
  findTwinCase,
  insertBirthCase,
  insertSteps,
  replaceCaseFiles,
  type NewEvent,
} from '../../db/repos/birthCases';
import { refusedAsDuplicate } from '../../db/uniqueViolation';
import type { Database } from '../../db/tables';
import { childFromBirthCase } from '../children/upsert';
import { recordCaseBirth } from '../dashboard/birthFacts';
import { familyForCouple, joinFamily } from '../registration/family';
import { openBirthCaseEntry } from './caseRecord';
import { askOtherParent } from './otherParentConsent';
import { birthCaseLink, CASE_STATUS_TEXT, inputColumns } from './record';

export type BirthDeps = Pick<Ctx, 'db' | 'crypto' | 'notify' | 'clock'>;

/** The answer for a second case of one child when the first one's number is not at hand (a lost race). */
export function twinConflict(childName: string): AppError {
  return conflict(`${childName}的“出生一件事”已经在办理中，请在“我的办件”中查看`);
}

/** One case per child of a family (name and birth date); `exceptCaseId` is the case being fixed. */
export async function assertNoTwin(
  db: Kysely<Database>,
  familyId: string,
  child: { name: string; birthDate: string },
  exceptCaseId?: string,
): Promise<void> {
  const twin = await findTwinCase(db, familyId, child, exceptCaseId);
  if (twin)
    throw conflict(
      `${child.name}的“出生一件事”${CASE_STATUS_TEXT[twin.status]}（办件编号 ${twin.number}），无需重复申请，请在“我的办件”中查看`,
    );
}

/**
 * Returns the new case id. The input has passed birthApplicationSchema and the server's checks. The
 * couple's family comes from familyForCouple (a shared registration, else an earlier case, else new).
 */
export async function createBirthCase(deps: BirthDeps, applicantUserId: string, input: BirthApplicationInput): Promise<string> {
  const { db, crypto } = deps;
  const now = deps.clock.now();
  const at = now.toISOString();
  const applicantHash = crypto.hash(input.applicant.idNumber);
  const otherHash = crypto.hash(input.otherParent.idNumber);
  const familyId = await familyForCouple(db, applicantHash, otherHash, now);

  // One application per child: a second one (another device, a lost idempotency key) is refused.
  await assertNoTwin(db, familyId, input.child);
  const id = newId();
  const number = await allocateBirthCaseNumber(db, now);
  const statuses = initialStatuses(input.services);
  const status = caseStatus(statuses);

  const row = {
    id,
    number,
    family_id: familyId,
    applicant_user_id: applicantUserId,
    status,
    ...inputColumns(input, crypto),
    applicant_id_hash: applicantHash,
    child_id_hash: null,
    created_at: at,
    updated_at: at,
  };
  // The unique index (family, child's name, birth date) catches a twin that raced past the check.
  await refusedAsDuplicate(
    () => insertBirthCase(db, row),
    () => twinConflict(input.child.name),
  );
  // The child exists from the moment the application does (vaccines, due-next), in this transaction.
  await childFromBirthCase(deps, {
    id,
    family_id: familyId,
    child_name: input.child.name,
    child_sex: input.child.sex,
    child_birth_date: input.child.birthDate,
  });
  await insertSteps(
    db,
    BUNDLE_STEPS.map((s) => ({
      case_id: id,
      step: s.key,
      status: statuses[s.key],
      since: at,
      result_json_enc: null,
      reject_reason: null,
      updated_at: at,
    })),
  );
  const events: NewEvent[] = BUNDLE_STEPS.map((s) => {
    const st = statuses[s.key];
    const note =
      st === 'excluded'
        ? '申请时未选择办理'
        : st === 'waiting'
          ? `待${s.dependsOn.map(stepTitle).join('、')}办结后自动转办`
          : `已转到${s.department}`;
    return { step: s.key, status: st, by: 'system', actorUserId: null, note };
  });
  await appendEvents(db, id, events, now);
  await replaceCaseFiles(
    db,
    id,
    input.attachments.map((a) => a.fileId),
  );
  await recordCaseBirth(db, { id, family_id: familyId }, input, now);
  await joinFamily(db, familyId, applicantUserId);
  await askOtherParent(
    deps,
    { id, number, family_id: familyId, other_parent_id_hash: otherHash, applicant_user_id: applicantUserId, child_name: input.child.name },
    input.applicant.name,
  );
  await openBirthCaseEntry(db, { id, applicantUserId, familyId, childName: input.child.name, status }, now);

  const started = BUNDLE_STEPS.filter((s) => statuses[s.key] === 'pending').map((s) => s.title);
  const later = BUNDLE_STEPS.filter((s) => statuses[s.key] === 'waiting').map((s) => s.title);
  await deps.notify.send(applicantUserId, {
    title: '出生一件事已受理',
    body:
      `您为${input.child.name}申请的“出生一件事”已受理，办件编号 ${number}。` +
      `${started.join('、')}已转到相关部门办理` +
      (later.length > 0 ? `；${later.join('、')}将在前序事项办结后自动转办。` : '。'),
    link: birthCaseLink(id),
  });
  return id;
}

// A 出生一件事 case's shapes: the input (clear, sealed whole into `application_json_enc`), the rows
// (case, five steps, events) and the parent's view (BirthCaseView).
//
// The child's new 公民身份号码 (the hukou result) is the family's own, issued to them: the case page
// (`birth.get`, seen only by the applicant, the other parent and their family) shows it in full so
// they can copy it into the next form. Lists (`birth.mine`) and inbox messages show it masked like any
// other ID number — a list is glanced at and screen-shared, and messages are stored unencrypted.
// The department views (staff) always see the full number they need to work.
import type { BirthApplicationInput, BundleStepKey, StepResults, StepStatus } from '../../../domain/birth/types';
import type { BirthCaseView, Deadline, FieldToFix, StepEvent, StepView } from '../../../domain/birth/views';
import { BUNDLE_STEPS, caseStatus, type StepStatuses } from '../../../domain/birth/bundleGraph';
import { hukouDueDate, insuranceCoverDueDate } from '../../../domain/birth/bundleRules';
import { hospitalName } from '../../../domain/birth/hospitals';
import { resultShown } from '../../../domain/birth/stepResultSchemas';
import { resultSummaries } from '../../../domain/birth/collection';
import type { BundleDeadline } from '../../../domain/children/dueNext';
import { compareDates } from '../../../domain/dates';
import { pageUrl } from '../../../domain/routes';
import type { BirthCaseRow, BundleStepRow, StepEventRow } from '../../db/repos/birthCases';
import type { BirthCasesTable } from '../../db/tables';
import type { FieldCrypto } from '../../security/fieldCrypto';

export const CASE_STATUS_TEXT: Readonly<Record<BirthCaseView['status'], string>> = {
  in_progress: '办理中',
  needs_fix: '待补正',
  completed: '已办结',
};

export function birthCaseTitle(childName: string): string {
  return `出生一件事（${childName}）`;
}

export function birthCaseLink(id: string): string {
  return pageUrl('/packages/birth/case/index', { id });
}

function sealApplication(input: BirthApplicationInput, crypto: FieldCrypto): string {
  return crypto.encrypt(JSON.stringify(input));
}

export type InputColumns = Pick<
  BirthCasesTable,
  | 'registration_id'
  | 'child_name'
  | 'child_sex'
  | 'child_birth_date'
  | 'child_birth_time'
  | 'hospital_id'
  | 'application_json_enc'
  | 'other_parent_id_hash'
>;

/** The case row's columns that come from the input: written when the case opens and again on each resubmission. */
export function inputColumns(input: BirthApplicationInput, crypto: FieldCrypto): InputColumns {
  return {
    registration_id: input.registrationId ?? null,
    child_name: input.child.name,
    child_sex: input.child.sex,
    child_birth_date: input.child.birthDate,
    child_birth_time: input.child.birthTime,
    hospital_id: input.child.hospitalId,
    application_json_enc: sealApplication(input, crypto),
    other_parent_id_hash: crypto.hash(input.otherParent.idNumber),
  };
}

export function applicationOf(row: Pick<BirthCaseRow, 'application_json_enc'>, crypto: FieldCrypto): BirthApplicationInput {
  return JSON.parse(crypto.decrypt(row.application_json_enc)) as BirthApplicationInput;
}

export function statusesOf(steps: readonly BundleStepRow[]): StepStatuses {
  const statuses = {} as StepStatuses;
  for (const s of BUNDLE_STEPS) statuses[s.key] = 'excluded';
  for (const row of steps) statuses[row.step as BundleStepKey] = row.status;
  return statuses;
}

export function resultOf<K extends BundleStepKey>(row: BundleStepRow | undefined, crypto: FieldCrypto): StepResults[K] | undefined {
  if (!row?.result_json_enc) return undefined;
  return JSON.parse(crypto.decrypt(row.result_json_enc)) as StepResults[K];
}

export function resultsOf(steps: readonly BundleStepRow[], crypto: FieldCrypto): Partial<StepResults> {
  const results: Partial<Record<BundleStepKey, unknown>> = {};
  for (const row of steps) {
    const result = resultOf(row, crypto);
    if (result) results[row.step as BundleStepKey] = result;
  }
  return results as Partial<StepResults>;
}

export function eventView(e: StepEventRow): StepEvent {
  return { at: e.at, status: e.status as StepStatus, by: e.by, ...(e.note ? { note: e.note } : {}) };
}

/**
 * The case's 户口登记 and 医保缴费 deadlines with the day each was met (null while open), for the case
 * page and for the family's due-next list. A step the family left out is done offline; its deadline
 * is not this case's to track.
 */
export function bundleDeadlines(
  row: Pick<BirthCaseRow, 'child_birth_date'>,
  statuses: StepStatuses,
  results: Partial<StepResults>,
): BundleDeadline[] {
  const birth = row.child_birth_date;
  const list: BundleDeadline[] = [];
  if (statuses.hukou !== 'excluded') list.push({ key: 'hukou', dueDate: hukouDueDate(birth), met: results.hukou?.registeredOn ?? null });
  if (statuses.medical_insurance !== 'excluded') {
    list.push({ key: 'insurance', dueDate: insuranceCoverDueDate(birth), met: results.medical_insurance?.paidOn ?? null });
  }
  return list;
}

const DEADLINE_TEXT: Readonly<Record<BundleDeadline['key'], { title: string; note: string }>> = {
  hukou: { title: '户口登记期限', note: '孩子出生后一个月内须申报户口登记' },
  insurance: { title: '医保缴费期限', note: '在此日期前缴费，从出生之日起享受医保待遇' },
};

function deadlines(row: BirthCaseRow, statuses: StepStatuses, results: Partial<StepResults>, today: string): Deadline[] {
  return bundleDeadlines(row, statuses, results).map((d) => ({
    key: d.key,
    ...DEADLINE_TEXT[d.key],
    dueDate: d.dueDate,
    // Met in time, late (false), overdue while still open (false), or open (null).
    met: d.met !== null ? compareDates(d.met, d.dueDate) <= 0 : compareDates(today, d.dueDate) > 0 ? false : null,
  }));
}

export interface ViewOptions {
  today: string;
  /** Show the child's ID number in full (the case page) or masked (lists). */
  full: boolean;
}

export function caseView(
  row: BirthCaseRow,
  steps: readonly BundleStepRow[],
  events: readonly StepEventRow[],
  crypto: FieldCrypto,
  options: ViewOptions,
): BirthCaseView {
  const statuses = statusesOf(steps);
  const results = resultsOf(steps, crypto);
  const byKey = new Map(steps.map((s) => [s.step as BundleStepKey, s]));
  const stepViews: StepView[] = BUNDLE_STEPS.map((def) => {
    const stepRow = byKey.get(def.key);
    const result = results[def.key];
    return {
      key: def.key,
      department: def.department,
      title: def.title,
      status: statuses[def.key],
      dependsOn: [...def.dependsOn],
      events: events.filter((e) => e.step === def.key).map(eventView),
      ...(result ? { result: resultShown(def.key, result, { childBirthDate: row.child_birth_date, revealChildId: options.full }) } : {}),
      ...(stepRow?.status === 'rejected' && stepRow.reject_reason ? { rejectReason: stepRow.reject_reason } : {}),
      ...(stepRow?.status === 'rejected' && stepRow.reject_fields
        ? { rejectFields: JSON.parse(stepRow.reject_fields) as FieldToFix[] }
        : {}),
    };
  });
  const status = caseStatus(statuses);
  const hospital = hospitalName(row.hospital_id) ?? row.hospital_id;
  const done = BUNDLE_STEPS.flatMap((def) => {
    const result = results[def.key];
    return statuses[def.key] === 'done' && result ? [{ step: def.key, result }] : [];
  });
  return {
    id: row.id,
    number: row.number,
    status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    child: {
      name: row.child_name,
      sex: row.child_sex,
      birthDate: row.child_birth_date,
      birthTime: row.child_birth_time,
      hospitalName: hospital,
    },
    otherParentConsent: row.other_parent_consent,
    steps: stepViews,
    deadlines: deadlines(row, statuses, results, options.today),
    ...(status === 'completed' ? { summary: resultSummaries(done, { hospitalName: hospital, childBirthDate: row.child_birth_date }) } : {}),
  };
}

// The five steps of 出生一件事 as a small DAG (docs/decisions.md §2) and the pure rules that move a case
// through it. A step starts when its inputs exist, i.e. when every step it depends on is done:
//
//   birth_certificate ──> hukou ──> medical_insurance
//                              └──> social_security
//   vaccination (independent)
import type { StaffRoleCode } from '../api/contract';
import type { Assert } from '../typeChecks';
import type { BundleStepKey, StepResults, StepStatus } from './types';

export type BundleRole = 'hospital' | 'clinic' | 'police' | 'medical_insurance' | 'social_security';

export interface BundleStep {
  key: BundleStepKey;
  department: string;
  title: string;
  /** The staff role that works this step. */
  role: BundleRole;
  dependsOn: readonly BundleStepKey[];
}

/** In display order, which is also a topological order (every step comes after what it depends on). */
export const BUNDLE_STEPS: readonly BundleStep[] = [
  { key: 'birth_certificate', department: '助产机构', title: '出生医学证明', role: 'hospital', dependsOn: [] },
  { key: 'hukou', department: '公安派出所', title: '户口登记', role: 'police', dependsOn: ['birth_certificate'] },
  { key: 'medical_insurance', department: '县医疗保障局', title: '医保参保', role: 'medical_insurance', dependsOn: ['hukou'] },
  { key: 'social_security', department: '县人力资源和社会保障局', title: '社保卡申领', role: 'social_security', dependsOn: ['hukou'] },
  { key: 'vaccination', department: '预防接种单位', title: '预防接种证', role: 'clinic', dependsOn: [] },
];

export const BUNDLE_STEP_KEYS: readonly BundleStepKey[] = BUNDLE_STEPS.map((s) => s.key);

/** What a step takes from the steps it depends on, for messages. */
const NEEDS: Readonly<Record<BundleStepKey, string>> = {
  birth_certificate: '',
  vaccination: '',
  hukou: '出生医学证明编号',
  medical_insurance: '孩子的公民身份号码',
  social_security: '孩子的公民身份号码',
};

export const STEP_STATUS_TEXT: Readonly<Record<StepStatus, string>> = {
  waiting: '等待前序事项',
  pending: '待受理',
  accepted: '办理中',
  done: '已办结',
  rejected: '已退回',
  excluded: '不办理',
};

const BY_KEY = new Map<BundleStepKey, BundleStep>(BUNDLE_STEPS.map((s) => [s.key, s]));

export function bundleStep(key: BundleStepKey): BundleStep {
  const step = BY_KEY.get(key);
  if (!step) throw new RangeError(`Not a bundle step: ${String(key)}`);
  return step;
}

export function isBundleStepKey(key: unknown): key is BundleStepKey {
  return typeof key === 'string' && BY_KEY.has(key as BundleStepKey);
}

export function stepTitle(key: BundleStepKey): string {
  return bundleStep(key).title;
}

/** Why `step` cannot be done when `missing` (a step it depends on) is left out. */
export function exclusionReason(step: BundleStepKey, missing: BundleStepKey): string {
  return `不办理${stepTitle(missing)}，${stepTitle(step)}需要${NEEDS[step]}，无法一并办理`;
}

export interface ClosedServices {
  /** The steps that can be done, in display order. */
  services: BundleStepKey[];
  /** Steps that were asked for but depend on a step left out, each with the reason. */
  alsoExcluded: { step: BundleStepKey; because: string }[];
}

/** Leaving a step out also leaves out everything that depends on it, transitively. */
export function closeExclusions(included: readonly BundleStepKey[]): ClosedServices {
  const kept = new Set<BundleStepKey>();
  const alsoExcluded: ClosedServices['alsoExcluded'] = [];
  for (const step of BUNDLE_STEPS) {
    if (!included.includes(step.key)) continue;
    const missing = step.dependsOn.find((dep) => !kept.has(dep));
    if (missing === undefined) kept.add(step.key);
    else alsoExcluded.push({ step: step.key, because: exclusionReason(step.key, missing) });
  }
  return { services: BUNDLE_STEP_KEYS.filter((key) => kept.has(key)), alsoExcluded };
}

export type StepStatuses = Record<BundleStepKey, StepStatus>;

function allDone(step: BundleStep, statuses: StepStatuses): boolean {
  return step.dependsOn.every((dep) => statuses[dep] === 'done');
}

/** A new case: left-out steps (and their dependants) excluded, steps with no dependency pending, the rest waiting. */
export function initialStatuses(included: readonly BundleStepKey[]): StepStatuses {
  const { services } = closeExclusions(included);
  const statuses = {} as StepStatuses;
  for (const step of BUNDLE_STEPS) {
    statuses[step.key] = !services.includes(step.key) ? 'excluded' : step.dependsOn.length === 0 ? 'pending' : 'waiting';
  }
  return statuses;
}

/** The waiting steps that become pending once `completed` is done: its dependants whose dependencies are all done. */
export function unlockAfter(statuses: Readonly<StepStatuses>, completed: BundleStepKey): BundleStepKey[] {
  const after: StepStatuses = { ...statuses, [completed]: 'done' };
  return BUNDLE_STEPS.filter((s) => s.dependsOn.includes(completed) && after[s.key] === 'waiting' && allDone(s, after)).map((s) => s.key);
}

/** What a clerk or the parent may do to a step. waiting → pending happens only by unlocking. */
const LEGAL: Readonly<Record<StepStatus, readonly StepStatus[]>> = {
  waiting: [],
  pending: ['accepted', 'rejected'],
  accepted: ['done', 'rejected'],
  rejected: ['pending'], // the parent fixes and resubmits
  done: [],
  excluded: [],
};

export function canTransition(from: StepStatus, to: StepStatus): boolean {
  return LEGAL[from].includes(to);
}

export class StepTransitionError extends Error {
  readonly step: BundleStepKey;
  readonly from: StepStatus;
  readonly to: StepStatus;

  constructor(step: BundleStepKey, from: StepStatus, to: StepStatus) {
    super(`${stepTitle(step)}当前为“${STEP_STATUS_TEXT[from]}”，不能改为“${STEP_STATUS_TEXT[to]}”`);
    // Keeps `instanceof` working when the class is compiled down to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'StepTransitionError';
    this.step = step;
    this.from = from;
    this.to = to;
  }
}

export interface Transition {
  statuses: StepStatuses;
  /** Steps that became pending because `step` was done. */
  unlocked: BundleStepKey[];
}

/** Moves one step; only a step being done changes any other step (its dependants unlock). */
export function applyTransition(statuses: Readonly<StepStatuses>, step: BundleStepKey, to: StepStatus): Transition {
  const from = statuses[step];
  if (!canTransition(from, to)) throw new StepTransitionError(step, from, to);
  const next: StepStatuses = { ...statuses, [step]: to };
  const unlocked = to === 'done' ? unlockAfter(statuses, step) : [];
  for (const key of unlocked) next[key] = 'pending';
  return { statuses: next, unlocked };
}

export type CaseStatus = 'in_progress' | 'needs_fix' | 'completed';

export function caseStatus(statuses: Readonly<StepStatuses>): CaseStatus {
  const included = BUNDLE_STEP_KEYS.filter((key) => statuses[key] !== 'excluded');
  if (included.every((key) => statuses[key] === 'done')) return 'completed';
  if (included.some((key) => statuses[key] === 'rejected')) return 'needs_fix';
  return 'in_progress';
}

/** What flows downstream into each step from the results of the steps it depends on. */
export interface StepInputs {
  birth_certificate: Record<string, never>;
  vaccination: Record<string, never>;
  hukou: { certificateNumber: string };
  medical_insurance: { childIdNumber: string };
  social_security: { childIdNumber: string };
}

/** The step's inputs, or undefined while an upstream result does not exist yet. */
export function inputsForStep<K extends BundleStepKey>(step: K, results: Partial<StepResults>): StepInputs[K] | undefined {
  const { birth_certificate: certificate, hukou } = results;
  const inputs: { [S in BundleStepKey]: () => StepInputs[S] | undefined } = {
    birth_certificate: () => ({}),
    vaccination: () => ({}),
    hukou: () => certificate && { certificateNumber: certificate.certificateNumber },
    medical_insurance: () => hukou && { childIdNumber: hukou.childIdNumber },
    social_security: () => hukou && { childIdNumber: hukou.childIdNumber },
  };
  return inputs[step]();
}

export function roleForStep(step: BundleStepKey): BundleRole {
  return bundleStep(step).role;
}

export function stepForRole(role: BundleRole): BundleStepKey {
  const step = BUNDLE_STEPS.find((s) => s.role === role);
  if (!step) throw new RangeError(`No bundle step for role: ${String(role)}`);
  return step.key;
}

/** Staff roles that work a bundle step (the contract's other roles do not). */
export function isBundleRole(role: StaffRoleCode): role is BundleRole {
  return BUNDLE_STEPS.some((s) => s.role === role);
}

/** Compile-time proof that every bundle role is a staff role of the contract. @public (exported only so the compiler keeps it; nothing imports it) */
export type BundleRolesAreStaffRoles = Assert<BundleRole extends StaffRoleCode ? true : false>;

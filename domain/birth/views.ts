import type { Sex } from '../registration/types';
import type { ResultSummary } from './collection';
import type { BundleStepKey, StepStatus } from './types';

export interface StepEvent {
  at: string; // ISO instant
  status: StepStatus;
  by: 'parent' | 'clerk' | 'system';
  /** e.g. the clerk's reason for a rejection. */
  note?: string;
}

/** A label and a value ready to show (ID numbers already masked where the viewer should not see them). */
export interface Shown {
  label: string;
  value: string;
  /** The application field shown (e.g. 'child.name'), on a department's data rows. */
  field?: string;
  /** The value when the step was returned, on a row the parent changed since. */
  before?: string;
}

/** A field the clerk named when returning a step. */
export interface FieldToFix {
  field: string;
  label: string;
}

export interface StepView {
  key: BundleStepKey;
  department: string;
  title: string;
  status: StepStatus;
  dependsOn: BundleStepKey[];
  events: StepEvent[];
  result?: Shown[];
  rejectReason?: string;
  /** The fields the clerk named with the reason (none: the reason alone says what to fix). */
  rejectFields?: FieldToFix[];
}

export interface Deadline {
  key: 'hukou' | 'insurance';
  title: string;
  dueDate: string;
  /** What happens if it is missed, or what meeting it gives. */
  note: string;
  /** true once the step is done in time, false if done late or overdue, null while still open. */
  met: boolean | null;
}

export interface BirthCaseView {
  id: string;
  number: string;
  status: 'in_progress' | 'needs_fix' | 'completed';
  createdAt: string;
  updatedAt: string;
  child: { name: string; sex: Sex; birthDate: string; birthTime: string; hospitalName: string };
  /** Whether the other parent named in the application confirmed it is them (they join the family once they do). */
  otherParentConsent: 'pending' | 'confirmed' | 'refused';
  steps: StepView[];
  deadlines: Deadline[];
  /** Once every step is done: each result, where and when to collect it, what to bring. */
  summary?: ResultSummary[];
}

export interface QueueItem {
  caseId: string;
  caseNumber: string;
  step: BundleStepKey;
  status: 'pending' | 'accepted';
  /** When the step reached the department (became pending). */
  since: string;
  childName: string;
  childBirthDate: string;
}

/** One step as its department sees it: only the data that department needs. */
export interface StepWork {
  caseId: string;
  caseNumber: string;
  step: BundleStepKey;
  status: StepStatus;
  since: string;
  data: Shown[];
  events: StepEvent[];
  result?: Shown[];
  /** The child's birth date, which a result (e.g. the new ID number) must agree with. */
  childBirthDate: string;
}

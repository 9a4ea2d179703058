// What one service contributes to 接下来要办 (DUE_SOURCES in dueNext.ts): its items for a family.
import type { DueEntry } from '../../../domain/children/dueNext';
import type { ChildRow } from '../../db/repos/children';
import type { ChildDeps } from './upsert';

export interface FamilyView {
  familyId: string;
  /** Oldest first. */
  children: readonly ChildRow[];
  today: string;
}

/** One service's items for a family. */
export type DueSource = (deps: ChildDeps, family: FamilyView) => Promise<DueEntry[]>;

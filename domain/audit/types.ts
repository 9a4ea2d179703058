// The bureau's view of the audit log (docs/decisions.md §7: every staff read, decision and export is logged).
import type { StaffRoleCode } from '../account/roles';

export interface AuditLogQuery {
  /** One staff member, by user id. */
  actorUserId?: string;
  /** Everyone acting under one role. */
  actorRole?: StaffRoleCode;
  /** e.g. 'registration.read'. */
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Shanghai calendar days, inclusive. */
  from?: string;
  to?: string;
  /** Only the entries that need attention: unusual volumes and refused access. */
  flagged?: boolean;
  page?: number;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorUserId: string;
  /** The actor's verified name, when the account still has one. */
  actorName?: string;
  actorRole: string;
  action: string;
  targetType: string;
  targetId: string;
  /** The target in words (a record's number, an institution's name, a report's year); absent for a child or an id that names nothing. */
  targetName?: string;
  /** The entry's details with every personal field left out (names, ID numbers, phones, accounts). */
  detail: Record<string, unknown>;
}

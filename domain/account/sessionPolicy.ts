// How long a sign-in lasts: the one place these numbers live (the server enforces them in
// cloud/db/repos/sessions.ts, docs/deploy-wechat.md and the privacy notice quote them).
//
// Staff see other people's records, so a forgotten phone must not stay signed in for long: 30
// minutes without a request ends a staff session, and none lives longer than a working day (12 h).
// Parents come back every few days over months: 7 days idle, 30 days at most, then WeChat signs
// them in again silently (wx.login), so the limit costs them nothing.
export interface SessionLimits {
  /** Minutes without a request after which the session ends. */
  idleMinutes: number;
  /** Hours after sign-in after which the session ends whatever happens. */
  absoluteHours: number;
}

export const SESSION_POLICY = {
  staff: { idleMinutes: 30, absoluteHours: 12 },
  parent: { idleMinutes: 7 * 24 * 60, absoluteHours: 30 * 24 },
} as const satisfies Record<'staff' | 'parent', SessionLimits>;

export type SessionPolicy = Readonly<Record<'staff' | 'parent', SessionLimits>>;

/** Anyone holding a staff role gets the staff limits. */
export function sessionLimitsFor(roleCount: number, policy: SessionPolicy = SESSION_POLICY): SessionLimits {
  return roleCount > 0 ? policy.staff : policy.parent;
}

/** The longest any session can live: the purge deletes rows past this. */
export const LONGEST_SESSION_HOURS = Math.max(SESSION_POLICY.staff.absoluteHours, SESSION_POLICY.parent.absoluteHours);

/** Real-name checks a person may start per Shanghai day. */
export const IDENTITY_ATTEMPTS_PER_DAY = 5;

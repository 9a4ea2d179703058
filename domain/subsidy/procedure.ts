// How a claim is handled, as data with its source (docs/decisions.md §3), beside the rules in rules.ts.

/**
 * The 卫健 review of a 育儿补贴 claim takes at most this many working days (the national 育儿补贴
 * procedure and 云南's implementing rules: 审核时限30个工作日; clause numbers to be confirmed, as in
 * rules.ts). Counted by addWorkingDays (workingDays.ts) from the day the claim is submitted.
 */
export const REVIEW_WORKING_DAYS = 30;

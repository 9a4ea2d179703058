// What is still to be checked about the schedule editions' sources, by edition id: for staff views
// and whoever checks the sources; kept apart from the schedule the parents' pages read.
import type { StaffNote } from '../staffNote';

export const EDITION_OPEN_QUESTIONS: Readonly<Record<string, StaffNote>> = {
  '2025-01-01 调整': { toConfirm: '另有表述为“国家卫生健康委 关于调整国家免疫规划百白破疫苗和白破疫苗免疫程序的通知”，发文机关与文号待核' },
};

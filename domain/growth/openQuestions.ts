// What is still to be checked about the growth data: why the WHO standard and not the national one,
// and the follow-up times the flags suggest. For staff views and whoever checks the sources; kept
// apart from what the parents' pages read. Keys: 'standard', 'flag:<flag kind>'.
import type { StaffNote } from '../staffNote';

export const GROWTH_OPEN_QUESTIONS: Readonly<Record<string, StaffNote>> = {
  'flag:below-p3': { toConfirm: '复查时限“2周内”为本服务的建议，待县妇幼保健院确认。' },
  'flag:above-p97': { toConfirm: '复核时限“1个月内”为本服务的建议，待县妇幼保健院确认。' },
  'flag:crossed-down': { toConfirm: '复查时限“2周内”为本服务的建议，待县妇幼保健院确认。' },
  'flag:crossed-up': { toConfirm: '复核时限“1个月内”为本服务的建议，待县妇幼保健院确认。' },
  standard: {
    toConfirm: '国家标准《7岁以下儿童生长标准》（WS/T 423-2022）未能取得完整的可机读数据表，暂用WHO标准；取得后应改用国家标准并注明。',
  },
};

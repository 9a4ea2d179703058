// What is still to be checked about the child health data: for staff views, never parents' pages.
import type { StaffNote } from '../staffNote';

export const CHILD_HEALTH_OPEN_QUESTIONS: Readonly<Record<string, StaffNote>> = {
  'screening:metabolic': {
    toConfirm: '遗传代谢病筛查复查、确诊的时限规范未写具体天数，本服务提示“尽快”，不计逾期；条款措辞待县妇幼保健院按规范原文核对。',
  },
};

import { defineFunction } from '../../core/dispatch';
import * as children from '../../handlers/children';
import * as vaccine from '../../handlers/vaccine';

export const vaccineFunction = defineFunction('vaccine', {
  calendar: children.calendar,
  // 接种单位 (findChildren also for 派出所, to record a hukou move).
  findChildren: vaccine.findChildren,
  childCalendar: vaccine.childCalendar,
  // No idempotency key: the (child, dose) primary key makes a second record of one dose a CONFLICT.
  recordDose: vaccine.recordDose,
});

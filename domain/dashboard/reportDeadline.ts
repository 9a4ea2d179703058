// The departments' yearly report to the health bureau (seed 三(三)), and when the dashboard starts to
// remind the bureau of it. Dates as month-day so they apply to every year.

export const REPORT_DEADLINE = {
  /** The report is due on this day (MM-DD) of each year. */
  dueMonthDay: '12-01',
  /** The dashboard shows the due date from this day (MM-DD) until the due day itself. */
  remindFromMonthDay: '11-01',
  source:
    '盈发〔2023〕8号 三(三)：“盈江县优化生育政策工作部门联席会议相关责任部门于每年12月1日前要将本部门人口工作情况报县卫生健康局。”（附件1 第29项同）',
} as const;

/** The year's due date, 'YYYY-12-01'. */
export function reportDueDate(year: number): string {
  return `${year}-${REPORT_DEADLINE.dueMonthDay}`;
}

/**
 * The due date to remind of on `today` ('YYYY-MM-DD'), or undefined outside the reminder window
 * (11-01 to 12-01, both included: on 12-01 the report is due that day; from 12-02 it is past, and
 * the next reminder starts on the next 11-01).
 */
export function reportDueBy(today: string): string | undefined {
  const monthDay = today.slice(5);
  if (monthDay < REPORT_DEADLINE.remindFromMonthDay || monthDay > REPORT_DEADLINE.dueMonthDay) return undefined;
  return reportDueDate(Number(today.slice(0, 4)));
}

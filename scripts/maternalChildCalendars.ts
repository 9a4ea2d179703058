// Prints the calendars of one sample pregnancy and one sample child, and a sample child's growth
// placements and flags, as Markdown, so the closing note of issue 16 can be regenerated:
//   npx tsx scripts/maternalChildCalendars.ts [today]      (today defaults to 2026-12-04)
import { isCalendarDate } from '../domain/dates';
import { childCheckCalendar } from '../domain/childHealth/childCheckCalendar';
import { growthFlags } from '../domain/growth/growthFlags';
import { GROWTH_STANDARD, MEASURE_NAMES, placeMeasurement, type Measurement } from '../domain/growth/growthStandard';
import { pregnancyCalendar } from '../domain/maternal/pregnancyCalendar';
import { datePregnancy } from '../domain/maternal/pregnancyDating';

const STATUS = {
  done: '已完成',
  due: '现在该做',
  upcoming: '未到时间',
  overdue: '已逾期',
  missed: '已错过',
  'not-needed': '无需',
} as const;

function main(): void {
  const today = process.argv[2] ?? '2026-12-04';
  if (!isCalendarDate(today)) throw new RangeError(`today must be YYYY-MM-DD: ${today}`);
  const out: string[] = [];

  const dating = datePregnancy({ lmp: '2026-05-20', ultrasound: { scanDate: '2026-07-10', weeks: 7, days: 1 } });
  const preg = pregnancyCalendar(
    { dating },
    { 'prenatal-1': { date: '2026-07-10', facility: '平原镇卫生院' }, 'prenatal-2': { date: '2026-09-20', facility: '盈江县妇幼保健院' } },
    today,
  );
  out.push(`## 孕期（${dating.reason}；预产期 ${preg.dueDate}；${today} ${preg.gestationalAgeText ?? ''}）`, '');
  out.push('| 检查 | 时间窗 | 起 | 止 | 状态 |', '|---|---|---|---|---|');
  for (const c of [...preg.checks, ...preg.recommended]) {
    out.push(`| ${c.title} | ${c.windowText} | ${c.dueFrom} | ${c.dueBy} | ${STATUS[c.status]}${c.estimated ? '（按预产期估算）' : ''} |`);
  }
  for (const n of preg.notices) out.push('', `> ${n.text}`);

  const child = { id: 'sample', name: '演示孩子', birthDate: '2025-08-31', sex: 'F' as const };
  const cal = childCheckCalendar(
    child,
    { 'newborn-visit': { date: '2025-09-05', facility: '平原镇卫生院' }, 'month-1': { date: '2025-09-29', facility: '平原镇卫生院' } },
    today,
    { dischargeDate: '2025-09-02' },
  );
  out.push('', `## 儿童健康检查（出生 ${child.birthDate}，${today}）`, '', '| 检查 | 起 | 止 | 状态 |', '|---|---|---|---|');
  for (const c of cal.checks) out.push(`| ${c.title} | ${c.dueFrom} | ${c.dueBy} | ${STATUS[c.status]} |`);

  const measurements: Measurement[] = [
    { measure: 'weight', value: 3.1, date: '2025-09-05' },
    { measure: 'weight', value: 6.2, date: '2025-12-01' },
    { measure: 'weight', value: 6.3, date: '2026-03-02' },
    { measure: 'length', value: 60.5, date: '2025-12-01' },
    { measure: 'head', value: 40.1, date: '2025-12-01' },
  ];
  out.push('', `## 生长（${GROWTH_STANDARD.name}）`, '', '| 日期 | 项目 | 测量值 | z | 百分位 |', '|---|---|---|---|---|');
  for (const m of measurements) {
    const p = placeMeasurement('F', child.birthDate, m)!;
    out.push(`| ${m.date} | ${MEASURE_NAMES[m.measure]} | ${m.value} | ${p.z} | P${p.percentile} |`);
  }
  for (const f of growthFlags('F', child.birthDate, measurements))
    out.push('', `> ${f.placement.date} ${f.label}：${f.parentText}${f.parentAction}`);
  console.log(out.join('\n'));
}

main();

import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { FIRST_REPORT_YEAR } from '@domain/dashboard/period';
import type { ReportScope, YearlyReport } from '@domain/dashboard/types';
import { todayIn } from '@domain/dates';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { formatDate, formatInstant } from '@/services/format';
import { saveCsv } from '@/services/saveFile';
import { monitoringService } from '@/services/dashboard';
import { groupRows } from './groupRows';
import { printReport } from './print';
import { REPORT_SCOPE_OPTIONS, isReportScope } from './scopes';
import './index.scss';

export default function YearlyReportPage() {
  const { params } = useRouter();
  const currentYear = Number(todayIn(new Date()).slice(0, 4));
  const years = Array.from({ length: currentYear - FIRST_REPORT_YEAR + 1 }, (_, i) => String(currentYear - i));
  const [year, setYear] = useState(() => (years.includes(String(params.year)) ? Number(params.year) : currentYear));
  const [scope, setScope] = useState<ReportScope>(() => (isReportScope(params.scope) ? params.scope : 'county'));
  const { busy: exporting, run } = useSubmit();
  // Each choice loads that report; an answer to an earlier choice is dropped.
  const report = useLoad(() => monitoringService.yearlyReport(year, scope), [year, scope]);

  const exportCsv = async () => {
    await run(async () => {
      const { filename, csv } = await monitoringService.exportYearlyReport(year, scope);
      await saveCsv(filename, csv);
    });
  };

  const data = report.data;
  const current = data !== null && data.year === year && data.scope === scope;
  return (
    <PageShell className='report-page' load={report}>
      <View className='card report-controls'>
        <SelectField
          name='year'
          label='报告年度'
          value={String(year)}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(y) => y && setYear(Number(y))}
        />
        <ChoiceField
          name='scope'
          label='报告范围'
          value={scope}
          options={REPORT_SCOPE_OPTIONS}
          onChange={(s) => setScope(s as ReportScope)}
        />
        <View className='report-actions'>
          {/* On h5 a `disabled={false}` is written out as disabled="false", which the [disabled] styles match: pass undefined. */}
          <Press className='btn btn-primary' disabled={exporting || !current || undefined} onClick={exportCsv}>
            导出 CSV
          </Press>
          {printReport ? (
            <Press className='btn btn-secondary' disabled={!current || undefined} onClick={printReport}>
              打印
            </Press>
          ) : null}
        </View>
        <View className='muted report-hint'>
          {printReport
            ? 'CSV 为 UTF-8 编码，可用 Excel 或 WPS 打开；打印时只印出下方报告。'
            : 'CSV 为 UTF-8 编码，发送到微信聊天后可在电脑上用 Excel 或 WPS 打开。'}
        </View>
      </View>
      {data ? <ReportPaper report={data} updating={!current || report.loading} /> : null}
    </PageShell>
  );
}

/** The report as it prints: title, due date, the rows under their sections, the note on small counts. */
function ReportPaper({ report, updating }: { report: YearlyReport; updating: boolean }) {
  return (
    <View className='card report-paper' data-testid='report'>
      <View className='report-title'>{report.title}</View>
      <View className='muted report-meta'>
        <Text>报送截止：{formatDate(report.dueBy)}前</Text>
        <Text>{updating ? '正在更新…' : `生成于 ${formatInstant(report.generatedAt)}`}</Text>
      </View>
      {groupRows(report.rows).map((group) => (
        <View key={group.section} className='report-section' data-section={group.section}>
          <View className='report-section-title'>{group.section}</View>
          {group.rows.map((row, i) => (
            <View key={`${i}-${row.label}`} className='kv report-row'>
              <View className='kv-key'>{row.label}</View>
              <View className='kv-value report-value'>{row.value}</View>
            </View>
          ))}
        </View>
      ))}
      <View className='report-note'>{report.suppressionNote}</View>
    </View>
  );
}

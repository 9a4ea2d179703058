import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { Dashboard, DashboardQuery } from '@domain/dashboard/types';
import { dashboardQuerySchema } from '@domain/dashboard/schema';
import { formatYuan } from '@domain/money';
import { SEX_RATIO_WITHHELD_TEXT, sexRatioFigure, sexRatioText } from '@domain/dashboard/sexRatio';
import { validate, type FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { formatDate, formatInstant } from '@/services/format';
import { monitoringService } from '@/services/dashboard';
import { BirthSection } from './BirthSection';
import { BundleSection } from './BundleSection';
import { DashboardFilters } from './Filters';
import { MaternalChildSection } from './MaternalChildSection';
import { NurserySection } from './NurserySection';
import { SubsidySection } from './SubsidySection';
import { defaultPeriod, sameQuery, scopeText } from './period';
import './index.scss';
import { pageUrl } from '@domain/routes';

export default function DashboardPage() {
  // `filters` is what the pickers show; `query` the last valid one, which is what gets sent.
  const [filters, setFilters] = useState<DashboardQuery>(() => defaultPeriod(new Date()));
  const [query, setQuery] = useState<DashboardQuery>(filters);
  const [errors, setErrors] = useState<FieldErrors>({});
  const lastMonth = useRef(defaultPeriod(new Date()).to).current;
  // Each change of the filters is a new query; an answer to an older one is dropped.
  const figures = useLoad(() => monitoringService.dashboard(query), [JSON.stringify(query)]);

  const change = (next: DashboardQuery) => {
    setFilters(next);
    const checked = validate(dashboardQuerySchema, next);
    setErrors(checked.ok ? {} : checked.fields);
    if (checked.ok) setQuery(next);
  };

  const data = figures.data;
  const stale = figures.loading || (data !== null && !sameQuery(data.query, query));
  return (
    <PageShell className='dashboard' load={figures}>
      {data?.reportDueBy ? <ReportReminder dueBy={data.reportDueBy} /> : null}
      <DashboardFilters query={filters} lastMonth={lastMonth} errors={errors} onChange={change} />
      {data ? (
        <>
          <View className='dashboard-scope' data-testid='dashboard-scope'>
            <Text>{scopeText(data.query)}</Text>
            <Text className='muted'>{stale ? '正在更新…' : `统计于 ${formatInstant(data.generatedAt)}`}</Text>
          </View>
          <Headline data={data} />
          <View className='dashboard-sections'>
            <BirthSection births={data.births} county={!data.query.township} />
            <BundleSection steps={data.bundle} />
            <SubsidySection subsidies={data.subsidies} />
            <NurserySection nurseries={data.nurseries} county={!data.query.township} />
            <MaternalChildSection figures={data.maternalChild} county={!data.query.township} />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}

/** From 11-01: the departments' yearly reports are due at the bureau by 12-01 (seed 三(三)). */
function ReportReminder({ dueBy }: { dueBy: string }) {
  const year = dueBy.slice(0, 4);
  return (
    <View className='card dashboard-reminder' role='alert' data-testid='report-reminder'>
      <View className='card-title'>年度人口监测报告：{formatDate(dueBy)}前报送</View>
      <View>各有关部门应于每年12月1日前将本部门人口工作情况报县卫生健康局（盈发〔2023〕8号 三(三)）。</View>
      <Press
        className='btn btn-primary btn-block'
        onClick={() => Taro.navigateTo({ url: pageUrl('/packages/staff/report/index', { year }) })}
      >
        查看{year}年度报告
      </Press>
    </View>
  );
}

/** The four figures a reader wants first. */
function Headline({ data }: { data: Dashboard }) {
  const paidFen = data.subsidies.paidByQuarter.reduce((sum, q) => sum + q.fen, 0);
  const ratio = sexRatioFigure(data.births.sex.boys, data.births.sex.girls);
  // Only a figure shown and inside its normal range gets the "fine" colour; a withheld one is grey.
  const ratioTone = ratio.kind === 'withheld' ? 'muted' : ratio.verdict === 'normal' ? 'ok' : 'off';
  const tiles = [
    { key: 'births', label: '出生人口', value: `${data.births.total}`, tone: 'plain' },
    {
      key: 'ratio',
      label: ratio.kind === 'withheld' ? `出生人口性别比（${SEX_RATIO_WITHHELD_TEXT}）` : '出生人口性别比',
      value: sexRatioText(ratio),
      tone: ratioTone,
    },
    { key: 'paid', label: '补贴发放', value: formatYuan(paidFen), tone: 'plain' },
    { key: 'slots', label: '每千人口托位', value: data.nurseries.slotsPer1000.toFixed(1), tone: 'plain' },
  ];
  return (
    <View className='dashboard-headline'>
      {tiles.map((t) => (
        <View key={t.key} className='dashboard-tile' data-tile={t.key} data-tone={t.tone}>
          <Text className={`dashboard-tile-value dashboard-tile-${t.tone}`}>{t.value}</Text>
          <Text className='dashboard-tile-label'>{t.label}</Text>
        </View>
      ))}
    </View>
  );
}

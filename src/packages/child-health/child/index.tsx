import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { MEASURE_LABELS } from '@domain/childHealth/labels';
import type { GrowthMeasure } from '@domain/growth/types';
import { GrowthChart } from '@/components/charts/GrowthChart';
import { ChildCheckList } from '@/components/ChildCheckList';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { childHealthService } from '@/services/childHealth';
import { ScreeningList } from '@/components/ScreeningList';
import { Press } from '@/components/controls/Press';
import './index.scss';

const MEASURES: readonly GrowthMeasure[] = ['weight', 'length', 'head'];

export default function ChildHealthPage() {
  const { params } = useRouter();
  const view = useLoad(() => childHealthService.overview(params.childId ?? ''));
  const [measure, setMeasure] = useState<GrowthMeasure>('weight');
  const v = view.data;
  if (!v) return <PageShell load={view} />;
  const done = v.calendar.checks.filter((c) => c.status === 'done').length;
  const chart = v.growth.charts?.find((c) => c.measure === measure);
  return (
    <PageShell load={view} className='child-health'>
      <View className='card'>
        <View className='card-title'>{v.child.name}</View>
        <View className='muted'>
          出生日期 {v.child.birthDate} · 已完成健康检查 {done} / {v.calendar.checks.length} 次
        </View>
        <View className='muted'>0～6岁儿童健康检查免费，由乡镇卫生院、社区卫生服务中心记录。</View>
      </View>

      {v.growth.flags.length > 0 ? (
        <View className='card growth-flags' data-growth-flags>
          <View className='card-title'>这次测量需要留意</View>
          {v.growth.flags.map((f) => (
            <View key={`${f.kind}-${f.measure}-${f.date}`} className='growth-flag' data-flag={f.kind}>
              <View>
                {f.date}：{f.text}
              </View>
              <View className='growth-flag-action'>怎么做：{f.action}</View>
            </View>
          ))}
        </View>
      ) : null}

      <View className='card'>
        <View className='card-title'>生长曲线</View>
        {v.growth.charts ? (
          <View>
            <View className='measure-tabs' role='tablist'>
              {MEASURES.map((m) => (
                <Press
                  key={m}
                  className={`btn measure-tab ${m === measure ? 'btn-primary' : 'btn-secondary'}`}
                  data-measure={m}
                  aria-selected={m === measure}
                  onClick={() => setMeasure(m)}
                >
                  {MEASURE_LABELS[m]}
                </Press>
              ))}
            </View>
            {chart ? <GrowthChart chart={chart} /> : null}
          </View>
        ) : (
          <View className='muted'>系统里还没有孩子的性别，无法对照生长标准画图。请在下次体检时告诉医生。</View>
        )}
        <View className='muted growth-standard'>
          对照标准：{v.growth.standard.name}。来源：{v.growth.standard.source}
        </View>
      </View>

      <View className='card'>
        <View className='card-title'>新生儿筛查</View>
        <ScreeningList screenings={v.screenings} />
      </View>

      <View className='card'>
        <View className='card-title'>健康检查安排（0～6岁）</View>
        <ChildCheckList checks={v.calendar.checks} records={v.records} />
        <View className='muted calendar-source'>依据：{v.calendar.source}</View>
      </View>
    </PageShell>
  );
}

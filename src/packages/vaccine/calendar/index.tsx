import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { hasUnknownHistory } from '@domain/children/dueNext';
import { DoseList } from '@/components/DoseList';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { vaccineService } from '@/services/vaccine';
import './index.scss';

export default function VaccineCalendarPage() {
  const { params } = useRouter();
  const calendar = useLoad(() => vaccineService.calendar(params.childId ?? ''));
  const [all, setAll] = useState(false);
  const c = calendar.data;
  if (!c) {
    return <PageShell load={calendar} />;
  }
  const given = c.doses.filter((d) => d.status === 'given').length;
  const unknownHistory = hasUnknownHistory(c);
  return (
    <PageShell load={calendar}>
      <View className='card'>
        <View className='card-title'>{c.child.name}</View>
        <View className='muted'>
          出生日期 {c.child.birthDate} · 已接种 {given} / {c.doses.length} 剂
        </View>
        <View className='muted'>接种记录由接种单位录入。“可接种起始”是最小接种月龄，请在“最迟完成”前完成。</View>
      </View>
      {unknownHistory ? (
        <View className='card calendar-history'>
          <View className='card-title'>有些剂次系统里还没有记录</View>
          <View>
            孩子出生时在医院打的疫苗，或以前打过的疫苗，可能只记在纸质预防接种证上。请带预防接种证到接种单位核对，工作人员录入后这里会显示准确的计划。
          </View>
        </View>
      ) : null}
      <DoseList doses={c.doses} upcomingLimit={all ? undefined : 4} />
      {!all ? (
        <Press className='btn btn-secondary btn-block' onClick={() => setAll(true)}>
          显示全部接种计划
        </Press>
      ) : null}
      <View className='muted calendar-source'>依据：{c.source}</View>
    </PageShell>
  );
}

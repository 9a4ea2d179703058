import { View, Text } from '@tarojs/components';
import type { SupplyRow } from '@domain/nursery/types';
import { townshipName } from '@domain/place/townships';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { nurseryBureauService } from '@/services/nursery';
import { Bar } from './Bar';
import './index.scss';

const per1000 = (n: number) => n.toFixed(2);
const slots = (n: number) => `${n}个`;

export default function NurserySupplyPage() {
  const report = useLoad(() => nurseryBureauService.supply());
  const r = report.data;
  if (!r) {
    return <PageShell load={report} />;
  }
  const county = r.rows.find((row) => row.area === 'county');
  const townships = r.rows.filter((row): row is SupplyRow & { area: Exclude<SupplyRow['area'], 'county'> } => row.area !== 'county');
  const short = (value: number, target: number) => (value < target ? 'supply-short' : '');
  return (
    <PageShell className='nursery-supply' load={report}>
      {county ? (
        <View className='card'>
          <View className='card-title'>全县每千常住人口托位</View>
          <View className='muted'>
            常住人口 {county.residents.toLocaleString('zh-CN')} 人 · 托位 {county.slots} 个（普惠 {county.puhuiSlots} 个）· 计入已备案机构{' '}
            {r.filedInstitutions} 家
          </View>
          <Bar label='每千人托位' value={county.slotsPer1000} target={r.targets.per1000} format={per1000} />
          <Bar label='每千人普惠托位' value={county.puhuiPer1000} target={r.targets.puhuiPer1000} format={per1000} />
          <View className='muted supply-source'>依据：{r.targets.source}</View>
        </View>
      ) : null}

      {county ? (
        <View className='card'>
          <View className='card-title'>托位建设任务（附件2）</View>
          {r.yearly.map((y) => (
            <View key={y.year} className='supply-year' data-year={y.year}>
              <View className='supply-year-title'>{y.year}年</View>
              <Bar label='总托位' value={county.slots} target={y.slots} format={slots} />
              <Bar label='普惠托位' value={county.puhuiSlots} target={y.puhuiSlots} format={slots} />
            </View>
          ))}
          <View className='muted supply-source'>依据：{r.yearly[0]?.source}。现有托位按当前已备案机构统计。</View>
        </View>
      ) : null}

      <View className='card'>
        <View className='card-title'>各乡镇</View>
        <View className='supply-table'>
          <View className='supply-tr supply-th'>
            <Text className='supply-td supply-area'>乡镇</Text>
            <Text className='supply-td'>托位</Text>
            <Text className='supply-td'>每千人</Text>
            <Text className='supply-td'>普惠每千人</Text>
          </View>
          {townships.map((t) => (
            <View key={t.area} className='supply-tr' data-area={t.area}>
              <View className='supply-td supply-area'>
                <View>{townshipName(t.area)}</View>
                <View className='muted'>{t.residents.toLocaleString('zh-CN')}人</View>
              </View>
              <Text className='supply-td'>{t.slots}</Text>
              <Text className={`supply-td ${short(t.slotsPer1000, r.targets.per1000)}`}>{per1000(t.slotsPer1000)}</Text>
              <Text className={`supply-td ${short(t.puhuiPer1000, r.targets.puhuiPer1000)}`}>{per1000(t.puhuiPer1000)}</Text>
            </View>
          ))}
        </View>
        <View className='muted supply-source'>
          红色为低于目标（每千人 {r.targets.per1000}，普惠 {r.targets.puhuiPer1000}）。乡镇常住人口为样例估算数。
        </View>
      </View>
    </PageShell>
  );
}

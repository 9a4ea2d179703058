import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { GrowthChartView } from '@domain/childHealth/types';
import { Press } from '@/components/controls/Press';
import './GrowthChart.scss';

const LINE_NAMES = ['P3', 'P15', 'P50', 'P85', 'P97'] as const;
/** Dots drawn between two measurements, so the child's line shows without rotated shapes. */
const JOIN_DOTS = 10;

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

/** Where each value sits in the plot, as percentages of its width and height. */
function scales(chart: GrowthChartView) {
  const x = (day: number) => (day / chart.xMaxDays) * 100;
  const y = (value: number) => ((chart.yMax - value) / (chart.yMax - chart.yMin)) * 100;
  return { x, y };
}

/** What a screen reader says for the plot; the same numbers are in the tables under it. */
export function chartSummary(chart: GrowthChartView): string {
  const last = chart.points[chart.points.length - 1];
  const head = `${chart.title}生长曲线，灰绿色带为第3至第97百分位`;
  if (!last) return `${head}，还没有测量记录`;
  return `${head}，共${chart.points.length}次测量，最近一次${last.date}（${last.ageText}）${fmt(last.value)}${chart.unit}，第${fmt(last.percentile)}百分位`;
}

/**
 * A growth chart drawn with plain views (it looks the same in the weapp and on h5): the P3–P97 band
 * in columns (P15–P85 darker), the P50 line, the child's measurements as dots joined by small dots,
 * and every number again as text in the tables below.
 */
export function GrowthChart({ chart }: { chart: GrowthChartView }) {
  const [showLines, setShowLines] = useState(false);
  const { x, y } = scales(chart);
  const columns = chart.bands.slice(0, -1).map((b, i) => ({ from: b, to: chart.bands[i + 1]! }));
  const lastBand = chart.bands[chart.bands.length - 1]!;
  const joins = chart.points.slice(1).flatMap((p, i) => {
    const q = chart.points[i]!;
    return Array.from({ length: JOIN_DOTS - 1 }, (_, k) => {
      const t = (k + 1) / JOIN_DOTS;
      return { left: x(q.ageDays + t * (p.ageDays - q.ageDays)), top: y(q.value + t * (p.value - q.value)), key: `${i}-${k}` };
    });
  });
  return (
    <View className='growth-chart' data-growth-chart={chart.measure}>
      <View className='growth-chart-title'>{chart.title}</View>
      <View className='growth-chart-frame'>
        <View className='growth-chart-yaxis'>
          {chart.yTicks.map((t) => (
            <Text key={t} className='growth-chart-ytick' style={{ top: pct(y(t)) }}>
              {t}
            </Text>
          ))}
        </View>
        <View className='growth-chart-plot' aria-label={chartSummary(chart)} aria-role='img'>
          {chart.yTicks.map((t) => (
            <View key={t} className='growth-chart-grid' style={{ top: pct(y(t)) }} />
          ))}
          {columns.map(({ from, to }) => {
            // One column spans two band points; its shape uses the mean of both ends.
            const v = from.values.map((a, k) => (a + to.values[k]!) / 2);
            return (
              <View
                key={from.ageDays}
                className='growth-chart-col'
                style={{ left: pct(x(from.ageDays)), width: pct(x(to.ageDays) - x(from.ageDays)) }}
              >
                <View className='growth-chart-outer' style={{ top: pct(y(v[4]!)), height: pct(y(v[0]!) - y(v[4]!)) }} />
                <View className='growth-chart-inner' style={{ top: pct(y(v[3]!)), height: pct(y(v[1]!) - y(v[3]!)) }} />
                <View className='growth-chart-median' style={{ top: pct(y(v[2]!)) }} />
              </View>
            );
          })}
          {joins.map((j) => (
            <View key={j.key} className='growth-chart-join' style={{ left: pct(j.left), top: pct(j.top) }} />
          ))}
          {chart.points.map((p) => (
            <View
              key={p.date}
              className='growth-chart-point'
              data-point-date={p.date}
              style={{ left: pct(x(p.ageDays)), top: pct(y(p.value)) }}
            />
          ))}
        </View>
        <View className='growth-chart-lines'>
          {LINE_NAMES.map((name, k) => (
            <Text
              key={name}
              className={`growth-chart-line-name ${name === 'P50' ? 'growth-chart-line-median' : ''}`}
              style={{ top: pct(y(lastBand.values[k]!)) }}
            >
              {name}
            </Text>
          ))}
        </View>
      </View>
      <View className='growth-chart-xaxis'>
        {chart.xTicks.map((t) => (
          <Text key={t.day} className='growth-chart-xtick' style={{ left: pct(x(t.day)) }}>
            {t.label}
          </Text>
        ))}
      </View>
      <View className='growth-chart-legend'>
        <View className='growth-chart-legend-item'>
          <Text className='growth-chart-key growth-chart-key-inner' />
          <Text>P15–P85</Text>
        </View>
        <View className='growth-chart-legend-item'>
          <Text className='growth-chart-key growth-chart-key-outer' />
          <Text>P3–P15、P85–P97</Text>
        </View>
        <View className='growth-chart-legend-item'>
          <Text className='growth-chart-key growth-chart-key-point' />
          <Text>孩子的测量值</Text>
        </View>
      </View>

      {chart.points.length === 0 ? (
        <View className='muted growth-chart-empty'>还没有测量记录。每次健康检查后，测量结果会画在图上。</View>
      ) : (
        <View className='growth-table' data-growth-table={chart.measure}>
          <View className='growth-table-row growth-table-head'>
            <Text className='growth-table-cell growth-table-when'>日期 / 月龄</Text>
            <Text className='growth-table-cell'>{`测量值（${chart.unit}）`}</Text>
            <Text className='growth-table-cell'>百分位 / Z</Text>
          </View>
          {chart.points.map((p) => (
            <View key={p.date} className='growth-table-row' data-row-date={p.date}>
              <View className='growth-table-cell growth-table-when'>
                <Text className='growth-table-line'>{p.date}</Text>
                <Text className='growth-table-line'>{p.ageText}</Text>
              </View>
              <View className='growth-table-cell'>
                <Text className='growth-table-line'>{fmt(p.value)}</Text>
                {p.position ? <Text className='growth-table-line'>{p.position === 'lying' ? '卧位' : '立位'}</Text> : null}
              </View>
              <View className='growth-table-cell'>
                <Text className='growth-table-line'>{`P${fmt(p.percentile)}`}</Text>
                <Text className='growth-table-line'>{`Z ${p.z >= 0 ? '+' : ''}${fmt(p.z, 2)}`}</Text>
              </View>
            </View>
          ))}
        </View>
      )}

      <Press className='btn btn-secondary btn-block growth-chart-toggle' onClick={() => setShowLines(!showLines)}>
        {showLines ? '收起参考线数值' : '显示参考线数值'}
      </Press>
      {showLines ? (
        <View className='growth-table' data-band-table={chart.measure}>
          <View className='growth-table-row growth-table-head'>
            <Text className='growth-table-cell'>月龄</Text>
            {LINE_NAMES.map((n) => (
              <Text key={n} className='growth-table-cell'>
                {n}
              </Text>
            ))}
          </View>
          {chart.bandTable.map((r) => (
            <View key={r.ageText} className='growth-table-row'>
              <Text className='growth-table-cell'>{r.ageText}</Text>
              {r.values.map((v, k) => (
                <Text key={LINE_NAMES[k]} className='growth-table-cell'>
                  {fmt(v)}
                </Text>
              ))}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

import { View } from '@tarojs/components';
import { FIRST_REPORT_YEAR } from '@domain/dashboard/period';
import type { DashboardQuery } from '@domain/dashboard/types';
import type { TownshipCode } from '@domain/place/townships';
import type { FieldErrors } from '@domain/validation';
import { SelectField } from '@/components/form/SelectField';
import { TOWNSHIP_OPTIONS } from '@/content/options';
import { MonthField } from './MonthField';

const COUNTY = 'county';
// Monitoring under the county's plan starts with the year it took effect.
const FIRST_MONTH = `${FIRST_REPORT_YEAR}-01`;
const AREA_OPTIONS = [{ value: COUNTY, label: '全县' }, ...TOWNSHIP_OPTIONS];

/** Period (first and last month) and area; every change is a new query. */
interface FiltersProps {
  query: DashboardQuery;
  /** The current month: the period cannot reach past it. */
  lastMonth: string;
  errors: FieldErrors;
  onChange: (next: DashboardQuery) => void;
}

export function DashboardFilters({ query, lastMonth, errors, onChange }: FiltersProps) {
  const set = (patch: Partial<DashboardQuery>) => onChange({ ...query, ...patch });
  return (
    <View className='card dashboard-filters'>
      <View className='dashboard-period'>
        <MonthField
          name='from'
          label='起始月份'
          value={query.from}
          start={FIRST_MONTH}
          end={query.to}
          error={errors.from}
          onChange={(from) => set({ from })}
        />
        <MonthField
          name='to'
          label='截止月份'
          value={query.to}
          start={query.from}
          end={lastMonth}
          error={errors.to}
          onChange={(to) => set({ to })}
        />
      </View>
      <SelectField
        name='township'
        label='乡镇'
        value={query.township ?? COUNTY}
        options={AREA_OPTIONS}
        placeholder='请选择统计范围'
        error={errors.township}
        onChange={(value) => {
          const period = { from: query.from, to: query.to };
          onChange(value && value !== COUNTY ? { ...period, township: value as TownshipCode } : period);
        }}
      />
    </View>
  );
}

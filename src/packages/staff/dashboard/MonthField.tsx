import { View } from '@tarojs/components';
import { Field, type FieldProps } from '@/components/form/Field';

interface MonthFieldProps extends FieldProps {
  value: string; // YYYY-MM
  onChange: (value: string) => void;
  /** First and last month that may be chosen, 'YYYY-MM'. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The months of `year` between `start` and `end`. */
function monthsOf(year: number, start: string, end: string): number[] {
  const first = year === Number(start.slice(0, 4)) ? Number(start.slice(5, 7)) : 1;
  const last = year === Number(end.slice(0, 4)) ? Number(end.slice(5, 7)) : 12;
  return range(first, last);
}

// H5: a year and a month select. The browser's own month input is missing from Safari and Firefox
// on the desktop and speaks the browser's language; selects work everywhere and say 2026年 / 3月.
// Weapp: MonthField.weapp.tsx (WeChat's date picker by month).
export function MonthField({ value, onChange, start, end, ...field }: MonthFieldProps) {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const pick = (y: number, m: number) => {
    const allowed = monthsOf(y, start, end);
    const clamped = Math.min(Math.max(m, allowed[0]), allowed[allowed.length - 1]);
    onChange(`${y}-${pad(clamped)}`);
  };
  return (
    <Field {...field}>
      <View className='month-field'>
        <select
          className='field-select'
          name={`${field.name}-year`}
          aria-label={`${field.label}：年`}
          value={year}
          onChange={(e) => pick(Number(e.target.value), month)}
        >
          {range(Number(start.slice(0, 4)), Number(end.slice(0, 4))).map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
        <select
          className='field-select'
          name={`${field.name}-month`}
          aria-label={`${field.label}：月`}
          value={month}
          onChange={(e) => pick(year, Number(e.target.value))}
        >
          {monthsOf(year, start, end).map((m) => (
            <option key={m} value={m}>
              {m}月
            </option>
          ))}
        </select>
      </View>
    </Field>
  );
}

import { Picker, View } from '@tarojs/components';
import { Field, type FieldProps } from '@/components/form/Field';
import { monthText } from './period';

interface MonthFieldProps extends FieldProps {
  value: string; // YYYY-MM
  onChange: (value: string) => void;
  /** First and last month that may be chosen, 'YYYY-MM'. */
  start: string;
  end: string;
}

export function MonthField({ value, onChange, start, end, ...field }: MonthFieldProps) {
  return (
    <Field {...field}>
      <Picker mode='date' fields='month' value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='field-picker'>{value ? monthText(value) : `请选择${field.label}`}</View>
      </Picker>
    </Field>
  );
}

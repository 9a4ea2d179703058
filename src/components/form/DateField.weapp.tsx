import { Picker, View } from '@tarojs/components';
import { Field } from './Field';
import type { DateFieldProps } from './controlProps';

// Weapp: WeChat's date (or time) Picker. h5: DateField.tsx.
export function DateField({ value, onChange, start, end, mode = 'date', ...field }: DateFieldProps) {
  return (
    <Field {...field}>
      <Picker
        aria-label={field.error ? `${field.label}，${field.error}` : field.label}
        mode={mode}
        value={value}
        start={start}
        end={end}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View className={`field-picker ${value ? '' : 'field-placeholder'}`}>{value || `请选择${field.label}`}</View>
      </Picker>
    </Field>
  );
}

import { Picker, View } from '@tarojs/components';
import { Field, type FieldProps } from './Field';

interface DateFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  start?: string;
  end?: string;
}

export function DateField({ value, onChange, start, end, ...field }: DateFieldProps) {
  return (
    <Field {...field}>
      <Picker
        aria-label={field.error ? `${field.label}，${field.error}` : field.label}
        mode='date'
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

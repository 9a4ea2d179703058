import { Picker, View } from '@tarojs/components';
import { Field, type FieldProps } from './Field';

interface TimeFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
}

export function TimeField({ value, onChange, ...field }: TimeFieldProps) {
  return (
    <Field {...field}>
      <Picker
        aria-label={field.error ? `${field.label}，${field.error}` : field.label}
        mode='time'
        value={value}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View className={`field-picker ${value ? '' : 'field-placeholder'}`}>{value || `请选择${field.label}`}</View>
      </Picker>
    </Field>
  );
}

import { Picker, View } from '@tarojs/components';
import { Field } from './Field';
import type { SelectFieldProps } from './controlProps';

export function SelectField({ value, options, onChange, placeholder, ...field }: SelectFieldProps) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <Field {...field}>
      <Picker
        aria-label={field.error ? `${field.label}，${field.error}` : field.label}
        mode='selector'
        range={options.map((o) => o.label)}
        value={index < 0 ? 0 : index}
        onChange={(e) => onChange(options[Number(e.detail.value)].value)}
      >
        <View className={`field-picker ${index < 0 ? 'field-placeholder' : ''}`}>
          {index < 0 ? (placeholder ?? `请选择${field.label}`) : options[index].label}
        </View>
      </Picker>
    </Field>
  );
}

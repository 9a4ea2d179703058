import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { Field, type FieldProps } from './Field';
import type { Option } from './SelectField';

interface ChoiceFieldProps extends FieldProps {
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}

/** A few mutually exclusive options shown at once, each a large tap target. */
export function ChoiceField({ value, options, onChange, ...field }: ChoiceFieldProps) {
  return (
    <Field {...field}>
      <View className='choice-row' role='radiogroup' aria-label={field.label}>
        {options.map((o) => (
          <Press
            look='chip'
            key={o.value}
            role='radio'
            checked={o.value === value}
            className={`choice ${o.value === value ? 'choice-on' : ''}`}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </Press>
        ))}
      </View>
    </Field>
  );
}

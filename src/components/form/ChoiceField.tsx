import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { rovingProps } from '@/components/a11y/useRovingGroup';
import { Field, WithFieldAria, type FieldProps } from './Field';
import type { Option } from './controlProps';

interface ChoiceFieldProps extends FieldProps {
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}

/** A few mutually exclusive options shown at once, each a large tap target; arrow keys move between them. */
export function ChoiceField({ value, options, onChange, ...field }: ChoiceFieldProps) {
  const chosen = options.findIndex((o) => o.value === value);
  return (
    <Field {...field}>
      <WithFieldAria>
        {(aria) => (
          <View className='choice-row' role='radiogroup' aria-label={field.label} {...aria}>
            {options.map((o, i) => (
              <Press
                look='chip'
                key={o.value}
                role='radio'
                checked={o.value === value}
                className={`choice ${o.value === value ? 'choice-on' : ''}`}
                onClick={() => onChange(o.value)}
                {...rovingProps(i, options.length, chosen)}
              >
                {o.label}
              </Press>
            ))}
          </View>
        )}
      </WithFieldAria>
    </Field>
  );
}

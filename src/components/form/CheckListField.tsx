import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { Field, WithFieldAria, type FieldProps } from './Field';

export interface CheckOption {
  value: string;
  label: string;
  detail?: string;
}

interface CheckListFieldProps extends FieldProps {
  value: readonly string[];
  options: readonly CheckOption[];
  onChange: (value: string[]) => void;
}

/** Several independent yes/no choices, each a full-width tap target. */
export function CheckListField({ value, options, onChange, ...field }: CheckListFieldProps) {
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Field {...field}>
      <WithFieldAria>
        {(aria) => (
          <View role='group' {...aria}>
            {options.map((o) => {
              const on = value.includes(o.value);
              return (
                <Press
                  look='block'
                  key={o.value}
                  className={`check-item ${on ? 'check-on' : ''}`}
                  role='checkbox'
                  checked={on}
                  data-value={o.value}
                  onClick={() => toggle(o.value)}
                >
                  <View className='check-box' aria-hidden='true'>
                    {on ? '✓' : ''}
                  </View>
                  <View className='check-text'>
                    <View>{o.label}</View>
                    {o.detail ? <View className='muted'>{o.detail}</View> : null}
                  </View>
                </Press>
              );
            })}
          </View>
        )}
      </WithFieldAria>
    </Field>
  );
}

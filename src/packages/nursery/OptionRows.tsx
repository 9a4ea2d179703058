import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { Field, type FieldProps } from '@/components/form/Field';

export interface OptionRow {
  value: string;
  label: string;
  detail?: string;
  /** Why it cannot be picked; the row is shown greyed with this reason. */
  disabledReason?: string;
}

interface Props extends FieldProps {
  value: string;
  rows: readonly OptionRow[];
  onChange: (value: string) => void;
}

/** Pick one of several rows, each a full-width tap target; rows that cannot be picked say why. */
export function OptionRows({ value, rows, onChange, ...field }: Props) {
  return (
    <Field {...field}>
      <View role='radiogroup' aria-label={field.label}>
        {rows.map((r) => {
          const on = r.value === value;
          const off = Boolean(r.disabledReason);
          return (
            <Press
              look='block'
              key={r.value}
              role='radio'
              checked={on}
              aria-disabled={off}
              data-option={r.value}
              className={`check-item option-row ${on ? 'check-on' : ''} ${off ? 'option-off' : ''}`}
              onClick={() => !off && onChange(r.value)}
            >
              <View className='check-box option-dot'>{on ? '✓' : ''}</View>
              <View className='check-text'>
                <View>{r.label}</View>
                {r.detail ? <View className='muted'>{r.detail}</View> : null}
                {off ? <View className='option-reason'>{r.disabledReason}</View> : null}
              </View>
            </Press>
          );
        })}
      </View>
    </Field>
  );
}

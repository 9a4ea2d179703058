import { Field, WithFieldAria, type FieldProps } from './Field';

interface TimeFieldProps extends FieldProps {
  value: string; // HH:mm or ''
  onChange: (value: string) => void;
}

// H5: the browser's time input. Weapp: TimeField.weapp.tsx (WeChat's time Picker).
export function TimeField({ value, onChange, ...field }: TimeFieldProps) {
  return (
    <Field {...field}>
      <WithFieldAria>
        {(aria) => (
          <input
            className='field-select'
            type='time'
            name={field.name}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
        )}
      </WithFieldAria>
    </Field>
  );
}

import { Field, WithFieldAria, type FieldProps } from './Field';

interface DateFieldProps extends FieldProps {
  value: string; // YYYY-MM-DD or ''
  onChange: (value: string) => void;
  start?: string;
  end?: string;
}

// H5: the browser's date input (a native date wheel on phones). Weapp: DateField.weapp.tsx.
export function DateField({ value, onChange, start, end, ...field }: DateFieldProps) {
  return (
    <Field {...field}>
      <WithFieldAria>
        {(aria) => (
          <input
            className='field-select'
            type='date'
            name={field.name}
            value={value}
            min={start}
            max={end}
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
        )}
      </WithFieldAria>
    </Field>
  );
}

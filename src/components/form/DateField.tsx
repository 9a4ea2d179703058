import { Field, WithFieldAria } from './Field';
import type { DateFieldProps } from './controlProps';

// H5: the browser's date (or time) input (a native wheel on phones). Weapp: DateField.weapp.tsx.
export function DateField({ value, onChange, start, end, mode = 'date', ...field }: DateFieldProps) {
  return (
    <Field {...field}>
      <WithFieldAria>
        {(aria) => (
          <input
            className='field-select'
            type={mode}
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

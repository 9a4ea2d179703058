import { Field, WithFieldAria } from './Field';
import type { SelectFieldProps } from './controlProps';

// H5: the browser's own select, which phones show as a native wheel and which screen readers know.
// The weapp build uses SelectField.weapp.tsx (WeChat's Picker).
export function SelectField({ value, options, onChange, placeholder, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      <WithFieldAria>
        {(aria) => (
          <select className='field-select' name={field.name} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
            <option value=''>{placeholder ?? `请选择${field.label}`}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </WithFieldAria>
    </Field>
  );
}

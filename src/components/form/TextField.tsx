import { Field, fieldAria, useFieldA11y } from './Field';
import type { TextFieldProps } from './controlProps';

// The keyboard each type brings up on a phone; text inputs keep maxLength (number inputs ignore it).
const INPUT_MODE = { text: 'text', number: 'numeric', idcard: 'text', digit: 'decimal' } as const;

function NativeInput({ value, onChange, placeholder, type = 'text', maxlength = 100, disabled, name }: Omit<TextFieldProps, 'label'>) {
  const a11y = useFieldA11y();
  return (
    <input
      className='field-input field-native-input'
      type='text'
      inputMode={INPUT_MODE[type]}
      autoComplete='off'
      name={name}
      value={value}
      maxLength={maxlength}
      disabled={disabled}
      placeholder={placeholder ?? `请填写${a11y?.label ?? ''}`}
      onChange={(e) => onChange(e.target.value)}
      {...fieldAria(a11y)}
    />
  );
}

// H5: the browser's own input, named by the field's label and tied to its error (Taro's Input
// renders a wrapper the label cannot reach). The weapp build uses TextField.weapp.tsx.
export function TextField({ value, onChange, placeholder, type, maxlength, disabled, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      <NativeInput
        name={field.name}
        value={value}
        onChange={onChange}
        placeholder={placeholder}
        type={type}
        maxlength={maxlength}
        disabled={disabled}
      />
    </Field>
  );
}

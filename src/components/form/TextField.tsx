import { Input } from '@tarojs/components';
import { Field, type FieldProps } from './Field';

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxlength?: number;
  disabled?: boolean;
}

export function TextField({ value, onChange, placeholder, type = 'text', maxlength = 100, disabled, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      <Input
        className='field-input'
        name={field.name}
        value={value}
        type={type}
        maxlength={maxlength}
        disabled={disabled}
        placeholder={placeholder ?? `请填写${field.label}`}
        placeholderClass='field-placeholder'
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  );
}

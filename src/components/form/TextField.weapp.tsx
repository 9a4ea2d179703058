// Weapp: WeChat's input, named for TalkBack and VoiceOver (config/ariaPlugin.ts). h5: TextField.tsx.
import { Input } from '@tarojs/components';
import { Field } from './Field';
import type { TextFieldProps } from './controlProps';

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
        aria-label={field.error ? `${field.label}，${field.error}` : field.label}
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  );
}

import type { PropsWithChildren } from 'react';
import { View, Text } from '@tarojs/components';
import './form.scss';

export interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Lets tests and e2e find the field by its data path, e.g. 'spouse.idNumber'. */
  name?: string;
}

export function Field({ label, error, hint, required, name, children }: PropsWithChildren<FieldProps>) {
  return (
    <View className={`field ${error ? 'field-invalid' : ''}`} data-field={name}>
      <View className='field-label'>
        {label}
        {required ? <Text className='field-required'> *</Text> : null}
      </View>
      <View className='field-control'>{children}</View>
      {error ? (
        <View className='field-error' role='alert'>
          {error}
        </View>
      ) : hint ? (
        <View className='field-hint hint'>{hint}</View>
      ) : null}
    </View>
  );
}

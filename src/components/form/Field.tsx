import { createContext, useContext, useId, type PropsWithChildren, type ReactNode } from 'react';
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

/** What a control needs to be named and described by its field: ids of the label, the error or hint, and whether it is invalid. */
export interface FieldA11y {
  label: string;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  required: boolean;
}

const FieldContext = createContext<FieldA11y | null>(null);

/** The enclosing field's label and error, for the control inside it (aria-labelledby, aria-describedby, aria-invalid). */
export function useFieldA11y(): FieldA11y | null {
  return useContext(FieldContext);
}

/** The aria-* attributes an h5 control gets from its field. */
export function fieldAria(a11y: FieldA11y | null) {
  if (!a11y) return {};
  return {
    'aria-labelledby': a11y.labelId,
    'aria-describedby': a11y.describedBy,
    'aria-invalid': a11y.invalid || undefined,
    'aria-required': a11y.required || undefined,
  };
}

export function Field({ label, error, hint, required, name, children }: PropsWithChildren<FieldProps>) {
  // React ids hold colons; ids here are only looked up by id, never by CSS selector.
  const base = `f${useId().replace(/:/g, '')}`;
  const labelId = `${base}-label`;
  const noteId = `${base}-note`;
  const a11y: FieldA11y = { label, labelId, describedBy: error || hint ? noteId : undefined, invalid: !!error, required: !!required };
  return (
    <View className={`field ${error ? 'field-invalid' : ''}`} data-field={name}>
      <View className='field-label' id={labelId}>
        {label}
        {required ? (
          <Text className='field-required' aria-hidden='true'>
            {' '}
            *
          </Text>
        ) : null}
      </View>
      <View className='field-control'>
        <FieldContext.Provider value={a11y}>{children}</FieldContext.Provider>
      </View>
      {error ? (
        <View className='field-error' role='alert' id={noteId}>
          {error}
        </View>
      ) : hint ? (
        <View className='field-hint hint' id={noteId}>
          {hint}
        </View>
      ) : null}
    </View>
  );
}

/** Renders a control with its field's aria-* attributes (the control sits inside Field, where the ids are known). */
export function WithFieldAria({ children }: { children: (aria: ReturnType<typeof fieldAria>) => ReactNode }) {
  return <>{children(fieldAria(useFieldA11y()))}</>;
}

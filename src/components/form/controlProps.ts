import type { FieldProps } from './Field';

// The props of each field control, one definition for its h5 file and its .weapp file.

export interface Option {
  value: string;
  label: string;
}

export interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxlength?: number;
  disabled?: boolean;
}

export interface SelectFieldProps extends FieldProps {
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  placeholder?: string;
}

export interface DateFieldProps extends FieldProps {
  /** YYYY-MM-DD, or HH:mm in 'time' mode, or ''. */
  value: string;
  onChange: (value: string) => void;
  start?: string;
  end?: string;
  /** 'time' picks a time of day (TimeField). */
  mode?: 'date' | 'time';
}

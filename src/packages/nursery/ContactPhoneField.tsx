import { TextField } from '@/components/form/TextField';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The phone the institution calls back on, for a visit or a place; the registration's when empty. */
export function ContactPhoneField({ value, onChange, error }: Props) {
  return (
    <TextField
      name='phone'
      label='联系电话（可不填）'
      type='number'
      maxlength={11}
      value={value}
      onChange={onChange}
      placeholder='不填则用生育登记中的电话'
      error={error}
    />
  );
}

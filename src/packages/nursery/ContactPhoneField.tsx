import { TextField } from '@/components/form/TextField';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The phone the institution calls back on, for a visit or a place; the registration's when empty. */
export function ContactPhoneField(props: Props) {
  return (
    <TextField {...props} name='phone' label='联系电话（可不填）' type='number' maxlength={11} placeholder='不填则用生育登记中的电话' />
  );
}

import type { DateFieldProps } from './controlProps';
import { DateField } from './DateField';

/** A time of day (HH:mm or ''): the date field's control in time mode, on each platform. */
export function TimeField(props: Omit<DateFieldProps, 'mode' | 'start' | 'end'>) {
  return <DateField {...props} mode='time' />;
}

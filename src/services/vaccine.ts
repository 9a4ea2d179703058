import type { InputOf } from '@domain/api/contract';
import type { RecordDoseInput } from '@domain/vaccine/types';
import { call } from './transport';

export const vaccineService = {
  calendar: (childId: string) => call('vaccine', 'calendar', { childId }),
};

/** 接种单位: find a child county-wide, read the calendar, record a dose. */
export const clinicService = {
  findChildren: (query: InputOf<'vaccine', 'findChildren'>) => call('vaccine', 'findChildren', query),
  calendar: (childId: string) => call('vaccine', 'childCalendar', { childId }),
  recordDose: (input: RecordDoseInput) => call('vaccine', 'recordDose', input),
};

import { call } from './transport';

export const vaccineService = {
  calendar: (childId: string) => call('vaccine', 'calendar', { childId }),
};

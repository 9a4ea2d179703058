import type { InputOf } from '@domain/api/contract';
import type { RegistrationInput } from '@domain/registration/types';
import { call } from './transport';

export const staffService = {
  searchRegistrations: (query: InputOf<'staff', 'searchRegistrations'>) =>
    call('staff', 'searchRegistrations', query),
  getRegistration: (id: string) => call('staff', 'getRegistration', { id }),
  correctRegistration: (id: string, input: RegistrationInput, reason: string) =>
    call('staff', 'correctRegistration', { id, input, reason }),
};

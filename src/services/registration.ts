import type { RegistrationInput } from '@domain/registration/types';
import type { InputOf } from '@domain/api/contract';
import { call } from './transport';

export const registrationService = {
  submit: (input: RegistrationInput, idempotencyKey: string) => call('registration', 'submit', input, { idempotencyKey }),
  mine: () => call('registration', 'mine', {}),
  get: (id: string) => call('registration', 'get', { id }),
  editable: (id: string) => call('registration', 'editable', { id }),
  correct: (id: string, input: RegistrationInput) => call('registration', 'correct', { id, input }),
  cancel: (id: string, reason: string) => call('registration', 'cancel', { id, reason }),
  spouseRequest: (id: string) => call('registration', 'spouseRequest', { id }),
  answerSpouse: (id: string, answer: 'confirm' | 'refuse') => call('registration', 'answerSpouse', { id, answer }),
};

/** The health bureau: search, read and correct any registration. */
export const registrationStaffService = {
  search: (query: InputOf<'registration', 'searchRegistrations'>) => call('registration', 'searchRegistrations', query),
  get: (id: string) => call('registration', 'getRegistration', { id }),
  correct: (id: string, input: RegistrationInput, reason: string) => call('registration', 'correctRegistration', { id, input, reason }),
};

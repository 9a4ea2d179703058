import { defineFunction } from '../../core/dispatch';
import * as registration from '../../handlers/registration';

export const registrationFunction = defineFunction('registration', {
  // Creates a record: a retry or double tap must carry the same key and gets the first answer.
  submit: { handler: registration.submit, idempotency: 'required' },
  mine: registration.mine,
  get: registration.get,
  editable: registration.editable,
  correct: registration.correct,
  cancel: registration.cancel,
  spouseRequest: registration.spouseRequest,
  answerSpouse: registration.answerSpouse,
  // The health bureau.
  searchRegistrations: registration.searchRegistrations,
  getRegistration: registration.getRegistration,
  correctRegistration: registration.correctRegistration,
});

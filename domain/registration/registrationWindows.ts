// The date ranges a registration accepts on a given day, for the schema and for the form's date
// pickers (start/end), so both show the same bounds.
import { addDays, addMonths } from '../dates';
import { REGISTRATION_RULES as R } from './registrationRules';

export interface DateWindow {
  earliest: string;
  latest: string;
}

export interface RegistrationWindows {
  dueDate: DateWindow;
  birthDate: DateWindow;
  marriageDate: DateWindow;
  existingChildBirthDate: { latest: string };
}

export function registrationWindows(today: string): RegistrationWindows {
  return {
    dueDate: {
      earliest: addDays(today, -R.dueDateMaxDaysBeforeToday.value),
      latest: addDays(today, R.dueDateMaxDaysAfterToday.value),
    },
    birthDate: {
      earliest: addMonths(today, -12 * R.birthDateMaxYearsBeforeToday.value),
      latest: today,
    },
    marriageDate: { earliest: R.marriageDateEarliest.value, latest: today },
    existingChildBirthDate: { latest: today },
  };
}

// The clinic's side of vaccination (the family's calendar is children/calendar.ts).
export { findChildren, childCalendar, recordDose } from './staff';

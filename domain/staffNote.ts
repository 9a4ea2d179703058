// A note for staff and for whoever checks the sources — what is still to be confirmed about a rule or
// a datum. Always under the key `toConfirm`: the one mark the parents' pages and their tests know to
// leave out (test/support/parentText.ts), so an open question can never reach a citizen's screen.
export interface StaffNote {
  toConfirm: string;
}

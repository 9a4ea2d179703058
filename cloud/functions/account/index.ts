import { defineFunction } from '../../core/dispatch';
import * as account from '../../handlers/account';
import * as children from '../../handlers/children';

export const accountFunction = defineFunction('account', {
  devLogin: account.devLogin,
  me: account.me,
  verifyIdentity: account.verifyIdentity,
  myCases: account.myCases,
  inbox: account.inbox,
  markRead: account.markRead,
  grantRole: account.grantRole,
  revokeRole: account.revokeRole,
  children: children.myChildren,
  dueNext: children.dueNext,
});

import { defineFunction } from '../../core/dispatch';
import * as account from '../../handlers/account';
import * as children from '../../handlers/children';

export const accountFunction = defineFunction('account', {
  devLogin: account.devLogin,
  signIn: account.signIn,
  signOut: account.signOut,
  bindPhone: account.bindPhone,
  startVerify: account.startVerify,
  confirmVerify: account.confirmVerify,
  attachUpload: account.attachUpload,
  openUpload: account.openUpload,
  staffSessions: account.staffSessions,
  endStaffSessions: account.endStaffSessions,
  me: { handler: account.me, reads: 'only' },
  verifyIdentity: account.verifyIdentity,
  myCases: account.myCases,
  inbox: account.inbox,
  markRead: account.markRead,
  unreadCount: account.unreadCount,
  grantRole: account.grantRole,
  revokeRole: account.revokeRole,
  children: children.myChildren,
  dueNext: children.dueNext,
});

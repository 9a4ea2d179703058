import type { DemoAccount, StaffRoleCode } from '@domain/api/contract';
import { call } from './transport';

export const accountService = {
  devLogin: (demo?: DemoAccount) => call('account', 'devLogin', demo ? { demo } : {}),
  me: () => call('account', 'me', {}),
  verifyIdentity: (name: string, idNumber: string) => call('account', 'verifyIdentity', { name, idNumber }),
  startVerify: (name: string, idNumber: string) => call('account', 'startVerify', { name, idNumber }),
  confirmVerify: (verifyId: string) => call('account', 'confirmVerify', { verifyId }),
  bindPhone: (code: string) => call('account', 'bindPhone', { code }),
  myCases: () => call('account', 'myCases', {}),
  inbox: () => call('account', 'inbox', {}),
  markRead: (id: string) => call('account', 'markRead', { id }),
  unreadCount: () => call('account', 'unreadCount', {}),
  children: () => call('account', 'children', {}),
  dueNext: () => call('account', 'dueNext', {}),
  staffSessions: (userId: string) => call('account', 'staffSessions', { userId }),
  endStaffSessions: (userId: string, sessionId?: string) =>
    call('account', 'endStaffSessions', sessionId ? { userId, sessionId } : { userId }),
  signOut: () => call('account', 'signOut', {}),
  grantRole: (idNumber: string, role: StaffRoleCode, scope?: string) =>
    call('account', 'grantRole', scope ? { idNumber, role, scope } : { idNumber, role }),
};

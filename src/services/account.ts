import type { DemoAccount, StaffRoleCode } from '@domain/api/contract';
import { call } from './transport';

export const accountService = {
  devLogin: (demo?: DemoAccount) => call('account', 'devLogin', demo ? { demo } : {}),
  me: () => call('account', 'me', {}),
  verifyIdentity: (name: string, idNumber: string) => call('account', 'verifyIdentity', { name, idNumber }),
  myCases: () => call('account', 'myCases', {}),
  inbox: () => call('account', 'inbox', {}),
  markRead: (id: string) => call('account', 'markRead', { id }),
  children: () => call('account', 'children', {}),
  dueNext: () => call('account', 'dueNext', {}),
  grantRole: (idNumber: string, role: StaffRoleCode, scope?: string) =>
    call('account', 'grantRole', scope ? { idNumber, role, scope } : { idNumber, role }),
};

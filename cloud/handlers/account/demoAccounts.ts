// Demo accounts live under reserved openids that WeChat never issues, so they are easy to find
// (and to refuse in production).
import { STAFF_ROLE_CODES } from '../../../domain/account/roles';
import type { DemoAccount } from '../../../domain/api/contract';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = ['parent', 'newborn_parent', 'subsidy_parent', ...STAFF_ROLE_CODES];

export const DEMO_OPENID_PREFIX = 'demo:';

export function demoOpenid(account: DemoAccount | string): string {
  return `${DEMO_OPENID_PREFIX}${account}`;
}

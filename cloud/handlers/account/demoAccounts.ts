// Demo accounts live under reserved openids that WeChat never issues, so they are easy to find
// (and to refuse in production).
import type { DemoAccount } from '../../../domain/api/contract';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  'parent',
  'newborn_parent',
  'subsidy_parent',
  'hospital',
  'clinic',
  'police',
  'medical_insurance',
  'social_security',
  'health_bureau',
  'finance',
  'maternal_child',
  'nursery_operator',
  'admin',
];

export const DEMO_OPENID_PREFIX = 'demo:';

export function demoOpenid(account: DemoAccount | string): string {
  return `${DEMO_OPENID_PREFIX}${account}`;
}

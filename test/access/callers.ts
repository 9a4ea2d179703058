// Every kind of caller the access matrix tries. "own" callers act on family A's (or institution
// A's) resources, which are theirs; parentB and operatorB try the same resources, which are not.
import type { DemoAccount } from '../../domain/api/contract';

export type CallerKind =
  | 'anonymous'
  | 'unverified'
  | 'parent'
  | 'parentB'
  | 'hospital'
  | 'clinic'
  | 'police'
  | 'medical_insurance'
  | 'social_security'
  | 'health_bureau'
  | 'finance'
  | 'maternal_child'
  | 'operator'
  | 'operatorB'
  | 'admin';

export interface CallerSpec {
  kind: CallerKind;
  /** Column heading of the printed matrix. */
  label: string;
  /** The demo account the caller signs in as (others are made by the world). */
  demo?: DemoAccount;
}

export const CALLERS: readonly CallerSpec[] = [
  { kind: 'anonymous', label: '未登录' },
  { kind: 'unverified', label: '未实名' },
  { kind: 'parent', label: '家长A(本人)' },
  { kind: 'parentB', label: '家长B(他人)' },
  { kind: 'hospital', label: '助产机构', demo: 'hospital' },
  { kind: 'clinic', label: '接种单位', demo: 'clinic' },
  { kind: 'police', label: '公安', demo: 'police' },
  { kind: 'medical_insurance', label: '医保', demo: 'medical_insurance' },
  { kind: 'social_security', label: '人社', demo: 'social_security' },
  { kind: 'health_bureau', label: '卫健局', demo: 'health_bureau' },
  { kind: 'finance', label: '财政', demo: 'finance' },
  { kind: 'maternal_child', label: '妇幼保健', demo: 'maternal_child' },
  { kind: 'operator', label: '托育机构A(本机构)', demo: 'nursery_operator' },
  { kind: 'operatorB', label: '托育机构B(他机构)' },
  { kind: 'admin', label: '管理员', demo: 'admin' },
];

export const STAFF: readonly CallerKind[] = [
  'hospital',
  'clinic',
  'police',
  'medical_insurance',
  'social_security',
  'health_bureau',
  'finance',
  'maternal_child',
  'operator',
  'operatorB',
  'admin',
];

/** Everyone who has passed the real-name check (staff roles are held by verified people only). */
export const VERIFIED: readonly CallerKind[] = ['parent', 'parentB', ...STAFF];
export const SIGNED_IN: readonly CallerKind[] = ['unverified', ...VERIFIED];
export const EVERYONE: readonly CallerKind[] = ['anonymous', ...SIGNED_IN];

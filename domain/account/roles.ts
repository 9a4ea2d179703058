// The staff roles a person can be granted, and the scope that narrows one (a nursery operator's
// institution).
export type StaffRoleCode =
  | 'hospital' // 出生医学证明
  | 'clinic' // 预防接种证
  | 'police' // 户口登记
  | 'medical_insurance' // 医保参保
  | 'social_security' // 社保卡
  | 'health_bureau' // 卫健局: 生育登记, subsidy review, nursery filing, dashboard
  | 'finance' // subsidy payout
  | 'maternal_child' // 妇幼保健: 产科 / 妇幼保健院 / 乡镇卫生院 — pregnancy and child health checks
  | 'nursery_operator' // one institution
  | 'admin'; // grants roles

/** Every staff role, in the order staff pages list them. */
export const STAFF_ROLE_CODES: readonly StaffRoleCode[] = [
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

export interface StaffRole {
  role: StaffRoleCode;
  /** e.g. the institution id of a nursery operator; absent for county-wide roles. */
  scope?: string;
}

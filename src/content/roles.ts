import type { StaffRoleCode } from '@domain/api/contract';

export const ROLE_NAMES: Record<StaffRoleCode, string> = {
  hospital: '助产机构（出生医学证明）',
  clinic: '接种单位（预防接种证）',
  police: '公安派出所（户口登记）',
  medical_insurance: '医保局（医保参保）',
  social_security: '人社局（社保卡）',
  health_bureau: '县卫生健康局',
  finance: '财政（补贴发放）',
  maternal_child: '妇幼保健（孕产妇和儿童健康检查）',
  nursery_operator: '托育机构',
  admin: '系统管理员',
};

export function roleName(role: StaffRoleCode): string {
  return ROLE_NAMES[role];
}

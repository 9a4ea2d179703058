import type { StaffRoleCode } from '@domain/api/contract';

export interface StaffTool {
  title: string;
  description: string;
  url: string;
  roles: StaffRoleCode[];
}

// Only tools that work are listed; each department's queue joins this list with its feature.
export const STAFF_TOOLS: readonly StaffTool[] = [
  {
    title: '生育登记查询',
    description: '按登记编号、乡镇、登记日期查找生育登记，查看和更正',
    url: '/packages/staff/registrations/index',
    roles: ['health_bureau'],
  },
  {
    title: '人口监测',
    description: '出生人口、出生一件事办理时效、生育补贴、托育托位，按期间和乡镇查看',
    url: '/packages/staff/dashboard/index',
    roles: ['health_bureau'],
  },
  {
    title: '年度人口监测报告',
    description: '全县或各部门的年度报告，可打印、可导出 CSV（每年12月1日前报送）',
    url: '/packages/staff/report/index',
    roles: ['health_bureau'],
  },
  {
    title: '出生一件事 待办',
    description: '本部门待受理、办理中的事项，最早提交的在前',
    url: '/packages/staff/bundle-queue/index',
    roles: ['hospital', 'clinic', 'police', 'medical_insurance', 'social_security'],
  },
  {
    title: '儿童接种记录',
    description: '查找儿童，查看接种计划，录入已接种的剂次',
    url: '/packages/staff/children/index',
    roles: ['clinic'],
  },
  {
    title: '工作人员岗位',
    description: '为已实名认证的工作人员授予或撤销岗位',
    url: '/packages/staff/roles/index',
    roles: ['admin'],
  },
];

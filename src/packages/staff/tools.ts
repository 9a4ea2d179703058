import type { StaffRoleCode } from '@domain/api/contract';
import type { PagePath } from '@domain/routes';

export interface StaffTool {
  title: string;
  description: string;
  url: PagePath;
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
    title: '妇幼上报数据录入',
    description: '按年度录入妇幼卫生统计上报的孕产妇死亡率、婴幼儿死亡率及来源，与2025年目标对照',
    url: '/packages/staff-figures/reported/index',
    roles: ['health_bureau'],
  },
  {
    title: '政策口径确认清单',
    description: '政策条款、数据来源和口径中尚待有关部门确认的事项，及确认前本服务的处理方式',
    url: '/packages/staff-figures/open-questions/index',
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
    title: '儿童健康管理',
    description: '本周应检、逾期未检、生长监测需关注、新生儿筛查待复查；查找儿童，录入健康检查和筛查结果',
    url: '/packages/staff-health/children/index',
    roles: ['maternal_child'],
  },
  {
    title: '孕产妇保健',
    description: '本周应检、逾期未检、高危孕产妇专案；查找孕产妇，录入建册、产检、妊娠风险评估和分娩',
    url: '/packages/staff-health/pregnancies/index',
    roles: ['maternal_child'],
  },
  {
    title: '高危孕产妇专案',
    description: '妊娠风险评估为橙色、红色、紫色的孕产妇和下次随访日期，逾期未随访的在前',
    url: '/packages/staff-health/pregnancies/index',
    roles: ['health_bureau'],
  },
  {
    title: '补贴申领审核',
    description: '生育补贴、育儿补贴申领的受理和审核，最早提交的在前，超期标红',
    url: '/packages/staff/subsidy-queue/index',
    roles: ['health_bureau'],
  },
  {
    title: '补贴政策设置',
    description: '县育儿补助（800元/年）2025年后是否继续发放：选择执行口径并填写依据文件，家长看到结果和依据',
    url: '/packages/staff/subsidy-policy/index',
    roles: ['health_bureau'],
  },
  {
    title: '补贴发放',
    description: '审核通过的申领按季度生成发放批次，导出 CSV，标记已发放',
    url: '/packages/staff/payout/index',
    roles: ['finance'],
  },
  {
    title: '户口迁出登记',
    description: '孩子户口迁出盈江县时登记，在盈江申领的育儿补贴自次月起停发',
    url: '/packages/staff/hukou-move/index',
    roles: ['police'],
  },
  {
    title: '本机构托育服务',
    description: '处理家长的参观预约和入托申请，更新班级空位、收费和参观时段',
    url: '/packages/staff/nursery-operator/index',
    roles: ['nursery_operator'],
  },
  {
    title: '托育机构备案与检查',
    description: '按备案状态、乡镇查看机构，备案新机构，变更备案状态，登记监督检查',
    url: '/packages/staff/nurseries/index',
    roles: ['health_bureau'],
  },
  {
    title: '托位供给统计',
    description: '全县和各乡镇每千人托位数，对照 4.5 / 普惠 2.7 和年度托位建设任务',
    url: '/packages/staff/nursery-supply/index',
    roles: ['health_bureau'],
  },
  {
    title: '审计日志',
    description: '查询工作人员对个人信息的每次查阅、审核决定和导出，按人员、岗位、操作、对象和日期筛选',
    url: '/packages/staff/audit/index',
    roles: ['health_bureau'],
  },
  {
    title: '工作人员岗位',
    description: '为已实名认证的工作人员授予或撤销岗位',
    url: '/packages/staff/roles/index',
    roles: ['admin'],
  },
];

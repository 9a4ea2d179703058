// Chinese names for the audit log's action and target codes; an unknown code is shown as it is.
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'access.refused': '越权访问被拒绝',
  'access.refused.capped': '越权访问过多（之后不再逐条记录）',
  'volume.flag': '异常查询量',
  'audit.read': '查询审计日志',
  'bundle.queue': '查看出生一件事待办',
  'bundle.read': '查看出生一件事办件',
  'bundle.accept': '受理出生一件事事项',
  'bundle.complete': '办结出生一件事事项',
  'bundle.reject': '退回出生一件事事项',
  'child.search': '查找儿童',
  'dashboard.read': '查看人口监测',
  'dashboard.report.export': '导出年度报告',
  'dashboard.report.read': '查看年度报告',
  'file.read': '查看上传材料',
  'hukou.move': '登记户口迁出',
  'nursery.inspection.record': '登记托育机构检查',
  'nursery.institution.correct': '更正托育机构备案信息',
  'nursery.institution.file': '备案托育机构',
  'nursery.institution.read': '查看托育机构',
  'nursery.institution.status': '变更托育机构备案状态',
  'nursery.institutions.list': '查询托育机构列表',
  'nursery.offer.update': '更新托育班级与收费',
  'nursery.request.decide': '处理参观预约或入托申请',
  'nursery.requests.read': '查看参观预约和入托申请',
  'nursery.slot.add': '新增参观时段',
  'nursery.slot.remove': '删除参观时段',
  'nursery.supply.read': '查看托位供给统计',
  'payout.batch': '生成补贴发放批次',
  'payout.export': '导出补贴发放清单',
  'payout.overview': '查看补贴发放概况',
  'payout.paid': '标记批次已发放',
  'payout.transferFailed': '标记转账失败并转入下一批次',
  'policy.setting': '变更政策设置',
  'registration.correct': '更正生育登记',
  'registration.read': '查看生育登记',
  'registration.search': '查询生育登记',
  'role.grant': '授予岗位',
  'role.revoke': '撤销岗位',
  'session.end': '结束登录会话',
  'subsidy.apply': '申领补贴',
  'subsidy.accept': '受理补贴申领',
  'pregnancy.search': '查找孕产妇',
  'pregnancy.read': '查看孕产期保健记录',
  'pregnancy.check': '录入孕产期检查',
  'pregnancy.risk': '录入妊娠风险评估',
  'pregnancy.delivery': '记录分娩',
  'pregnancy.queue': '查看孕产妇保健待办',
  'pregnancy.highRisk': '查看高危孕产妇专案',
  'subsidy.approve': '审核通过补贴申领',
  'subsidy.paid': '补贴已发放',
  'subsidy.queue': '查看补贴申领待办',
  'subsidy.read': '查看补贴申领',
  'subsidy.reject': '驳回补贴申领',
  'vaccine.read': '查看接种记录',
  'vaccine.record': '录入接种剂次',
};

export const AUDIT_TARGET_LABELS: Readonly<Record<string, string>> = {
  action: '接口',
  audit_log: '审计日志',
  birth_case: '出生一件事办件',
  bundle_step: '出生一件事事项',
  child: '儿童',
  dashboard: '人口监测',
  file: '上传材料',
  pregnancy: '孕期记录',
  nursery_institution: '托育机构',
  nursery_request: '托育申请',
  payout_batch: '补贴发放批次',
  policy_setting: '政策设置',
  registration: '生育登记',
  subsidy_application: '补贴申领',
  user: '用户',
  yearly_report: '年度报告',
};

/** Chinese names of the keys an entry's details use; an unknown key is shown as it is. */
export const AUDIT_DETAIL_LABELS: Readonly<Record<string, string>> = {
  number: '编号',
  from: '原状态',
  to: '新状态',
  reason: '原因',
  batch: '发放批次',
  paidOn: '发放日期',
  totalFen: '金额',
  count: '件数',
  rows: '行数',
  lines: '项目数',
  total: '条数',
  year: '年度',
  scope: '范围',
  step: '事项',
  criteria: '查询条件',
  fullAccountNumbers: '含完整账号',
  papers: '含证件信息',
  approvedCount: '待发放件数',
  batches: '批次数',
  accountLast4: '账号后4位',
  role: '岗位',
  ended: '结束会话数',
  key: '设置项',
  value: '设置值',
  source: '依据',
  township: '乡镇',
  call: '接口',
  code: '结果',
};

export function auditActionLabel(code: string): string {
  return AUDIT_ACTION_LABELS[code] ?? code;
}

export function auditTargetLabel(code: string): string {
  return AUDIT_TARGET_LABELS[code] ?? code;
}

/** Entries the bureau should look at first: unusual volumes and refused access (issue 14). */
export const FLAGGED_AUDIT_ACTIONS: readonly string[] = ['volume.flag', 'access.refused', 'access.refused.capped'];

export function isFlaggedAuditAction(code: string): boolean {
  return FLAGGED_AUDIT_ACTIONS.includes(code);
}

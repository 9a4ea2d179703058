// The subsidy pages' addresses, in one place.
export const SUBSIDY_PAGES = {
  index: '/packages/subsidy/index/index',
  apply: (childId: string) => `/packages/subsidy/apply/index?childId=${childId}`,
  application: (id: string, fresh = false) => `/packages/subsidy/application/index?id=${id}${fresh ? '&fresh=1' : ''}`,
  rule: (ruleId: string) => `/packages/subsidy/rule/index?id=${ruleId}`,
};

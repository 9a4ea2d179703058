// Every number that bounds a 生育登记 lives here, next to where it comes from, so a policy change is
// a one-line edit. Code reads them only from this object.

export const REGISTRATION_RULES = {
  dueDateMaxDaysAfterToday: {
    value: 300,
    source:
      '孕期约280天（40周），自末次月经起算；登记可在确认怀孕后随时办理，预产期最晚取今天起10个月（300天）。盈发〔2023〕8号 二(一)4 生育登记。',
  },
  dueDateMaxDaysBeforeToday: {
    value: 30,
    source: '足月妊娠可延至42周，预产期已过但尚未分娩的仍按孕期登记；超过30天应按已出生补登。',
  },
  birthDateMaxYearsBeforeToday: {
    value: 6,
    source: '已出生子女可补登至6周岁，与0—6岁儿童健康管理服务的年龄段一致。盈发〔2023〕8号 二(二)3。',
  },
  marriageDateEarliest: {
    value: '1950-01-01',
    source: '1950年《中华人民共和国婚姻法》施行以前的日期视为填写错误。',
  },
  /**
   * Which children count toward 孩次 (childOrder.ts): the living children of this couple. See
   * docs/policy/child-order.md. `toConfirm` is staff-only.
   */
  childOrderCounts: {
    value: 'this-marriage-living',
    source:
      '《中华人民共和国人口与计划生育法》（2021年8月20日修正）第十八条：“国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。”孩次按这对夫妻共同生育的子女计算；盈发〔2023〕8号 二（四）1 的二孩、三孩补贴按此孩次。',
    toConfirm: '再婚夫妻前婚子女、收养子女、已故子女不计入孩次，按《云南省人口与计划生育条例》的计算口径处理，条款号待县卫生健康局核对。',
  },
  maxExistingChildren: {
    value: 10,
    source: '已有子女最多填写10个，防止误操作产生超长列表。',
  },
} as const;

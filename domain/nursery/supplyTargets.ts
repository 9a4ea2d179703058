// The county's 托位 targets, as the plan states them. Read only from here.

export const PER_1000_TARGETS = {
  per1000: 4.5,
  puhuiPer1000: 2.7,
  source:
    '盈发〔2023〕8号 一、总体目标：到2025年每千常住人口婴幼儿托位达到4.5个以上，普惠性托位达到2.7个以上；' +
    '二(三)2：新建住宅区按每千人口不少于4.5个托位配套建设服务设施。',
} as const;

export const YEARLY_TARGETS_SOURCE = '盈发〔2023〕8号 附件2 盈江县托位建设任务表';

/** 附件2: total and 普惠 slots the county is to have built by each year. */
export const YEARLY_TARGETS: readonly { year: number; slots: number; puhuiSlots: number }[] = [
  { year: 2023, slots: 880, puhuiSlots: 529 },
  { year: 2024, slots: 1172, puhuiSlots: 702 },
  { year: 2025, slots: 1317, puhuiSlots: 790 },
];

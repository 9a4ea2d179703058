import type { Option } from '@/components/form/controlProps';

// The banks that issue most cards in 盈江 (and the financial accounts of 云南 社保卡), for a short
// picker; the first few cover nearly every family.
export const BANK_OPTIONS: Option[] = [
  '中国农业银行',
  '中国邮政储蓄银行',
  '云南省农村信用社',
  '中国工商银行',
  '中国建设银行',
  '中国银行',
  '富滇银行',
  '交通银行',
  '云南红塔银行',
].map((name) => ({ value: name, label: name }));

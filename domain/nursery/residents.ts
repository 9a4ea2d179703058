// 常住人口 the per-1000 figures divide by.
//
// The county total is the 2020 census (第七次全国人口普查: 盈江县常住人口 292 508). The township
// figures are ESTIMATES taken from domain/place/townships.ts (rounded, adding up to about 292 000),
// not official statistics: to be replaced with the census figures per 乡镇 from 县统计局 once
// obtained. Because they are estimates the township rows may not add up to the county row exactly.
import { TOWNSHIPS, type TownshipCode } from '../place/townships';

export const COUNTY_RESIDENTS = {
  value: 292_508,
  year: 2020,
  source: '第七次全国人口普查（2020年）盈江县常住人口',
} as const;

export const TOWNSHIP_RESIDENTS_SOURCE = '估算值（domain/place/townships.ts），待以县统计局七普分乡镇数据核实';

export const TOWNSHIP_RESIDENTS: Readonly<Record<TownshipCode, number>> = Object.fromEntries(
  TOWNSHIPS.map((t) => [t.code, t.population ?? 0]),
) as Record<TownshipCode, number>;

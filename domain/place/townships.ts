// The 15 乡镇 of 盈江县 and the 盈江农场社区.
// SAMPLE DATA: `centre` coordinates (WGS-84, the seat of each government) are approximate, good for
// "which township is nearer" and map centring, not for navigation. `population` figures are rough
// approximations (county total about 292 000 in 2020), not official statistics.

export type TownshipCode =
  | 'pingyuan'
  | 'jiucheng'
  | 'nabang'
  | 'nongzhang'
  | 'zhanxi'
  | 'kachang'
  | 'xima'
  | 'taiping'
  | 'xincheng'
  | 'yousongling'
  | 'mangzhang'
  | 'zhina'
  | 'sudian'
  | 'mengnong'
  | 'tongbiguan'
  | 'farm';

export interface Township {
  code: TownshipCode;
  name: string;
  kind: 'town' | 'township' | 'community';
  centre: { lat: number; lng: number };
  population?: number;
}

export const COUNTY_SEAT: TownshipCode = 'pingyuan';

export const TOWNSHIPS: readonly Township[] = [
  { code: 'pingyuan', name: '平原镇', kind: 'town', centre: { lat: 24.71, lng: 97.94 }, population: 95000 },
  { code: 'jiucheng', name: '旧城镇', kind: 'town', centre: { lat: 24.78, lng: 98.05 }, population: 28000 },
  { code: 'nabang', name: '那邦镇', kind: 'town', centre: { lat: 24.69, lng: 97.56 }, population: 6000 },
  { code: 'nongzhang', name: '弄璋镇', kind: 'town', centre: { lat: 24.64, lng: 97.97 }, population: 26000 },
  { code: 'zhanxi', name: '盏西镇', kind: 'town', centre: { lat: 25.03, lng: 98.1 }, population: 26000 },
  { code: 'kachang', name: '卡场镇', kind: 'town', centre: { lat: 24.96, lng: 97.78 }, population: 15000 },
  { code: 'xima', name: '昔马镇', kind: 'town', centre: { lat: 24.78, lng: 97.63 }, population: 12000 },
  { code: 'taiping', name: '太平镇', kind: 'town', centre: { lat: 24.6, lng: 97.8 }, population: 22000 },
  { code: 'xincheng', name: '新城乡', kind: 'township', centre: { lat: 24.83, lng: 98.1 }, population: 14000 },
  { code: 'yousongling', name: '油松岭乡', kind: 'township', centre: { lat: 24.82, lng: 97.87 }, population: 7000 },
  { code: 'mangzhang', name: '芒璋乡', kind: 'township', centre: { lat: 24.93, lng: 98.12 }, population: 9000 },
  { code: 'zhina', name: '支那乡', kind: 'township', centre: { lat: 25.15, lng: 98.17 }, population: 8000 },
  { code: 'sudian', name: '苏典傈僳族乡', kind: 'township', centre: { lat: 25.1, lng: 97.9 }, population: 6000 },
  { code: 'mengnong', name: '勐弄乡', kind: 'township', centre: { lat: 24.92, lng: 97.98 }, population: 8000 },
  { code: 'tongbiguan', name: '铜壁关乡', kind: 'township', centre: { lat: 24.58, lng: 97.62 }, population: 7000 },
  { code: 'farm', name: '盈江农场社区', kind: 'community', centre: { lat: 24.68, lng: 97.97 }, population: 3000 },
];

export const TOWNSHIP_CODES = TOWNSHIPS.map((t) => t.code) as readonly TownshipCode[];

const BY_CODE = new Map<string, Township>(TOWNSHIPS.map((t) => [t.code, t]));

export function isTownshipCode(s: unknown): s is TownshipCode {
  return typeof s === 'string' && BY_CODE.has(s);
}

export function townshipName(code: TownshipCode): string {
  return BY_CODE.get(code)?.name ?? code;
}

export function townshipByCode(code: TownshipCode): Township | undefined {
  return BY_CODE.get(code);
}

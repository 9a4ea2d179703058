// The county's 助产机构: the institutions licensed to deliver babies and to issue the 出生医学证明.
// SAMPLE DATA: the names are plausible, not an official list. Replace them with the 县卫生健康局's
// current list of 助产机构 (and keep the ids stable once cases refer to them).
import type { TownshipCode } from '../place/townships';

export interface Hospital {
  id: string;
  name: string;
  township: TownshipCode;
  /** Every listed 助产机构 issues the 出生医学证明 for the babies born there. */
  issuesBirthCertificate: true;
}

/** The answer for a birth at home, on the way, or in an institution not on the list. */
export const BIRTH_ELSEWHERE = 'elsewhere';

export const HOSPITALS: readonly Hospital[] = [
  { id: 'yj-people', name: '盈江县人民医院', township: 'pingyuan', issuesBirthCertificate: true },
  { id: 'yj-mch', name: '盈江县妇幼保健院', township: 'pingyuan', issuesBirthCertificate: true },
  { id: 'yj-tcm', name: '盈江县中医医院', township: 'pingyuan', issuesBirthCertificate: true },
  { id: 'jiucheng-chc', name: '盈江县旧城镇中心卫生院', township: 'jiucheng', issuesBirthCertificate: true },
  { id: 'nabang-chc', name: '盈江县那邦镇中心卫生院', township: 'nabang', issuesBirthCertificate: true },
  { id: 'nongzhang-chc', name: '盈江县弄璋镇中心卫生院', township: 'nongzhang', issuesBirthCertificate: true },
  { id: 'zhanxi-chc', name: '盈江县盏西镇中心卫生院', township: 'zhanxi', issuesBirthCertificate: true },
  { id: 'kachang-chc', name: '盈江县卡场镇中心卫生院', township: 'kachang', issuesBirthCertificate: true },
  { id: 'taiping-chc', name: '盈江县太平镇中心卫生院', township: 'taiping', issuesBirthCertificate: true },
  { id: 'xima-chc', name: '盈江县昔马镇中心卫生院', township: 'xima', issuesBirthCertificate: true },
];

export const HOSPITAL_IDS: readonly string[] = HOSPITALS.map((h) => h.id);

const BY_ID = new Map<string, Hospital>(HOSPITALS.map((h) => [h.id, h]));

export function isHospitalId(id: unknown): id is string {
  return typeof id === 'string' && BY_ID.has(id);
}

export function hospitalById(id: string): Hospital | undefined {
  return BY_ID.get(id);
}

export function hospitalName(id: string): string | undefined {
  return BY_ID.get(id)?.name;
}

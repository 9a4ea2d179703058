// Administrative division codes (GB/T 2260) as used in the first six digits of a citizen ID number.

/**
 * First two digits of a 居民身份证 number: the 31 province-level divisions of the mainland (GB/T 2260,
 * as GB 11643-1999 §5.1 requires for the 地址码). 71 (台湾省) and 91 are never issued on an ID number,
 * so no valid number starts with them.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
};

/**
 * 港澳台居民居住证: its 公民身份号码 has the same form, with one fixed 地址码 per region (《港澳台居民
 * 居住证申领发放办法》, 国办发〔2018〕81号, and the Ministry of Public Security's explanation of it:
 * 香港 810000, 澳门 820000, 台湾 830000). No other code starting 81, 82 or 83 exists.
 */
export const RESIDENCE_PERMIT_CODES: Readonly<Record<string, string>> = {
  '810000': '香港居民（港澳台居民居住证）',
  '820000': '澳门居民（港澳台居民居住证）',
  '830000': '台湾居民（港澳台居民居住证）',
};

export const REGION_CODE_SOURCES = [
  'GB 11643-1999《公民身份号码》第5.1条：地址码表示编码对象常住户口所在县（市、旗、区）的行政区划代码，按GB/T 2260的规定执行。',
  '《港澳台居民居住证申领发放办法》（国办发〔2018〕81号）及公安部解读：港澳台居民居住证公民身份号码地址码，香港居民为810000，澳门居民为820000，台湾居民为830000。',
] as const;

export const YINGJIANG_REGION_CODE = '533123';

const has = (table: Readonly<Record<string, string>>, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/**
 * A mainland province (the rest is only checked to be digits, as county codes change over time), or
 * exactly one of the three 居住证 codes.
 */
export function isKnownRegionPrefix(code6: string): boolean {
  if (!/^\d{6}$/.test(code6)) return false;
  return has(RESIDENCE_PERMIT_CODES, code6) || has(PROVINCE_CODES, code6.slice(0, 2));
}

// Administrative division codes (GB/T 2260) as used in the first six digits of a citizen ID number.

/** First two digits: province-level divisions. 91 is kept because some older numbers still carry it. */
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
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
  '91': '境外（旧编码）',
};

export const DEHONG_PREFECTURE_CODE = '533100';
export const DEHONG_PREFECTURE_NAME = '德宏傣族景颇族自治州';

/** County-level divisions of 德宏州. */
export const DEHONG_COUNTY_CODES: Readonly<Record<string, string>> = {
  '533102': '瑞丽市',
  '533103': '芒市',
  '533122': '梁河县',
  '533123': '盈江县',
  '533124': '陇川县',
};

export const YINGJIANG_REGION_CODE = '533123';

export function provinceName(code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(PROVINCE_CODES, code.slice(0, 2)) ? PROVINCE_CODES[code.slice(0, 2)] : undefined;
}

/** The province must be known; the rest is only checked to be digits, as county codes change over time. */
export function isKnownRegionPrefix(code6: string): boolean {
  return /^\d{6}$/.test(code6) && provinceName(code6) !== undefined;
}

export function isDehongCounty(code6: string): boolean {
  return Object.prototype.hasOwnProperty.call(DEHONG_COUNTY_CODES, code6);
}

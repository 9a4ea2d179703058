// The 56 民族. `code` is a stable pinyin key stored with records; `gbCode` is the GB 3304 number
// that department systems (e.g. 户籍) exchange.

export interface Ethnicity {
  code: string;
  name: string;
  gbCode: string;
}

// GB 3304 order.
const OFFICIAL_ORDER: readonly Ethnicity[] = [
  { code: 'han', name: '汉族', gbCode: '01' },
  { code: 'menggu', name: '蒙古族', gbCode: '02' },
  { code: 'hui', name: '回族', gbCode: '03' },
  { code: 'zang', name: '藏族', gbCode: '04' },
  { code: 'weiwuer', name: '维吾尔族', gbCode: '05' },
  { code: 'miao', name: '苗族', gbCode: '06' },
  { code: 'yi', name: '彝族', gbCode: '07' },
  { code: 'zhuang', name: '壮族', gbCode: '08' },
  { code: 'buyi', name: '布依族', gbCode: '09' },
  { code: 'chaoxian', name: '朝鲜族', gbCode: '10' },
  { code: 'man', name: '满族', gbCode: '11' },
  { code: 'dong', name: '侗族', gbCode: '12' },
  { code: 'yao', name: '瑶族', gbCode: '13' },
  { code: 'bai', name: '白族', gbCode: '14' },
  { code: 'tujia', name: '土家族', gbCode: '15' },
  { code: 'hani', name: '哈尼族', gbCode: '16' },
  { code: 'hasake', name: '哈萨克族', gbCode: '17' },
  { code: 'dai', name: '傣族', gbCode: '18' },
  { code: 'li', name: '黎族', gbCode: '19' },
  { code: 'lisu', name: '傈僳族', gbCode: '20' },
  { code: 'wa', name: '佤族', gbCode: '21' },
  { code: 'she', name: '畲族', gbCode: '22' },
  { code: 'gaoshan', name: '高山族', gbCode: '23' },
  { code: 'lahu', name: '拉祜族', gbCode: '24' },
  { code: 'shui', name: '水族', gbCode: '25' },
  { code: 'dongxiang', name: '东乡族', gbCode: '26' },
  { code: 'naxi', name: '纳西族', gbCode: '27' },
  { code: 'jingpo', name: '景颇族', gbCode: '28' },
  { code: 'keerkezi', name: '柯尔克孜族', gbCode: '29' },
  { code: 'tu', name: '土族', gbCode: '30' },
  { code: 'dawoer', name: '达斡尔族', gbCode: '31' },
  { code: 'mulao', name: '仫佬族', gbCode: '32' },
  { code: 'qiang', name: '羌族', gbCode: '33' },
  { code: 'bulang', name: '布朗族', gbCode: '34' },
  { code: 'sala', name: '撒拉族', gbCode: '35' },
  { code: 'maonan', name: '毛南族', gbCode: '36' },
  { code: 'gelao', name: '仡佬族', gbCode: '37' },
  { code: 'xibo', name: '锡伯族', gbCode: '38' },
  { code: 'achang', name: '阿昌族', gbCode: '39' },
  { code: 'pumi', name: '普米族', gbCode: '40' },
  { code: 'tajike', name: '塔吉克族', gbCode: '41' },
  { code: 'nu', name: '怒族', gbCode: '42' },
  { code: 'wuzibieke', name: '乌孜别克族', gbCode: '43' },
  { code: 'eluosi', name: '俄罗斯族', gbCode: '44' },
  { code: 'ewenke', name: '鄂温克族', gbCode: '45' },
  { code: 'deang', name: '德昂族', gbCode: '46' },
  { code: 'baoan', name: '保安族', gbCode: '47' },
  { code: 'yugu', name: '裕固族', gbCode: '48' },
  { code: 'jing', name: '京族', gbCode: '49' },
  { code: 'tataer', name: '塔塔尔族', gbCode: '50' },
  { code: 'dulong', name: '独龙族', gbCode: '51' },
  { code: 'elunchun', name: '鄂伦春族', gbCode: '52' },
  { code: 'hezhe', name: '赫哲族', gbCode: '53' },
  { code: 'menba', name: '门巴族', gbCode: '54' },
  { code: 'luoba', name: '珞巴族', gbCode: '55' },
  { code: 'jinuo', name: '基诺族', gbCode: '56' },
];

// Most people filling the form in 盈江 find their group without scrolling.
const COMMON_IN_YINGJIANG = ['han', 'dai', 'jingpo', 'lisu', 'achang', 'deang', 'wa', 'hui', 'bai', 'yi'];

export const ETHNICITIES: readonly Ethnicity[] = [
  ...COMMON_IN_YINGJIANG.map((code) => OFFICIAL_ORDER.find((e) => e.code === code)!),
  ...OFFICIAL_ORDER.filter((e) => !COMMON_IN_YINGJIANG.includes(e.code)),
];

export const ETHNICITY_CODES: readonly string[] = ETHNICITIES.map((e) => e.code);

const BY_CODE = new Map(ETHNICITIES.map((e) => [e.code, e]));

export function isEthnicityCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

export function ethnicityName(code: string): string | undefined {
  return BY_CODE.get(code)?.name;
}

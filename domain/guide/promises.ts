// What the county has promised families, in plain Chinese, each tied to its clause of the county plan
// (盈发〔2023〕8号, the seed beside DESIGN.md) and quoting its exact words, so a parent can check the
// promise against the document. Later rules from outside the plan that change what a promise means
// today are listed under `updates` with their own source. Leave figures come from LEAVE_RULES, so the
// guide and the leave calculator cannot disagree.
import { LEAVE_RULES } from '../leave/leaveRules';

export const POLICY_DOCUMENT = {
  number: '盈发〔2023〕8号',
  title: '盈江县优化生育政策促进人口长期均衡发展实施方案',
  issuedBy: '中共盈江县委办公室 盈江县人民政府办公室',
  issuedOn: '2023-04-23',
} as const;

export type PromiseTopic = 'registration' | 'bundle' | 'subsidy' | 'nursery' | 'leave' | 'health' | 'special_family';

export interface PromiseUpdate {
  /** The date from which the update applies. */
  from: string;
  plain: string;
  /** A document outside the county plan. */
  source: string;
}

export interface CountyPromise {
  id: string;
  topic: PromiseTopic;
  title: string;
  /** The promise in plain words. */
  plain: string;
  /** Where it is written, e.g. '盈发〔2023〕8号 二(一)4'. */
  clause: string;
  /** The clause's exact words (a substring of the plan). */
  quote: string;
  updates?: readonly PromiseUpdate[];
}

export const PROMISE_TOPICS: Readonly<Record<PromiseTopic, string>> = {
  registration: '生育登记',
  bundle: '出生一件事',
  subsidy: '生育补贴',
  nursery: '托育服务',
  leave: '生育假期',
  health: '母婴健康',
  special_family: '计划生育特殊家庭',
};

const DOC = POLICY_DOCUMENT.number;
const L = LEAVE_RULES;
const MATERNITY_DAYS = L.maternityNationalDays.value + L.maternityYunnanExtraDays.value;

const CHILDCARE_SUBSIDY_2025: PromiseUpdate = {
  from: '2025-01-01',
  plain:
    '2025年1月1日起实行国家育儿补贴：3周岁以下的婴幼儿（一孩也有）每人每年3600元，发到满3周岁；' +
    '2025年1月1日前出生、仍不满3周岁的，按2025年1月起不满3周岁的月数计发。原每年800元的育儿补助并入国家育儿补贴，不再另发。',
  source: '国家《育儿补贴制度实施方案》（2025年）；云南省育儿补贴实施细则',
};

export const COUNTY_PROMISES: readonly CountyPromise[] = [
  {
    id: 'registration',
    topic: 'registration',
    title: '生育登记',
    plain: '生育登记可以在网上、手机上办理，也可以跨省办理，不用来回跑；办理前后有生育咨询指导。',
    clause: `${DOC} 二(一)4`,
    quote: '落实生育登记制度，做好生育咨询指导，完善生育登记信息化建设，推进生育登记网上办、掌上办、跨省通办',
  },
  {
    id: 'birth-bundle',
    topic: 'bundle',
    title: '出生一件事',
    plain: '孩子出生后填一次表，出生医学证明、预防接种证、户口登记、医保参保、社保卡一起办。',
    clause: `${DOC} 二(一)4`,
    quote: '推进落实出生医学证明、儿童预防接种、户口登记、医保参保、社保卡申领等“出生一件事”集成办理。',
  },
  {
    id: 'birth-subsidy',
    topic: 'subsidy',
    title: '二孩、三孩一次性生育补贴',
    plain: '2023年1月1日至2025年12月31日出生、户口登记在盈江县的二孩发2000元、三孩发5000元，一次性发放。',
    clause: `${DOC} 二(四)1`,
    quote: '2023年1月1日至2025年12月31日，对新出生并户口登记在云南省盈江县的二孩、三孩分别发放2000元、5000元的一次性生育补贴',
  },
  {
    id: 'childcare-allowance',
    topic: 'subsidy',
    title: '育儿补助',
    plain: '上面的二孩、三孩，每年还有800元育儿补助（2023年、2024年）。',
    clause: `${DOC} 二(四)1`,
    quote: '并按年度发放800元育儿补助',
    updates: [CHILDCARE_SUBSIDY_2025],
  },
  {
    id: 'accident-insurance',
    topic: 'subsidy',
    title: '婴幼儿意外伤害险参保补贴',
    plain: '2023年1月1日至2025年12月31日出生、户口登记在盈江县的孩子，买意外伤害险每人每年补贴50元。',
    clause: `${DOC} 二(四)1`,
    quote: '对新出生并户口登记在云南省盈江县的婴幼儿购买意外伤害险给予每人每年50元参保补贴。',
  },
  {
    id: 'nursery-slots',
    topic: 'nursery',
    title: '普惠托育',
    plain: '到2025年，全县每1000个常住人口有4.5个以上婴幼儿托位，其中价格实惠的普惠性托位2.7个以上。',
    clause: `${DOC} 一、总体目标`,
    quote: '每千常住人口婴幼儿托位达到4.5个以上，每千常住人口婴幼儿普惠性托位达到2.7个以上',
  },
  {
    id: 'nursery-network',
    topic: 'nursery',
    title: '家门口的托育',
    plain: '托育以社区托育机构为主，还有示范机构、托育综合服务中心、单位托育点和家庭托育点。',
    clause: `${DOC} 二(三)2`,
    quote:
      '加快形成以社区托育服务机构为主体，以具有示范性的托育服务机构为标杆，以托育综合服务中心为支撑，工作场所托育设施和家庭托育点为补充的普惠托育服务供给网络体系。',
  },
  {
    id: 'nursery-model',
    topic: 'nursery',
    title: '示范托育机构',
    plain: '2025年前，县里至少建成1个示范性托育机构。',
    clause: `${DOC} 二(三)2`,
    quote: '2025年前，县域内至少建立1个具有示范性的托育服务机构',
  },
  {
    id: 'nursery-housing',
    topic: 'nursery',
    title: '新小区配建托位',
    plain: '新建住宅小区按每1000人不少于4.5个托位配套建托育设施。',
    clause: `${DOC} 二(三)2`,
    quote: '新建住宅区按每千人口不少于4.5个托位配套建设服务设施',
  },
  {
    id: 'leave',
    topic: 'leave',
    title: '产假、护理假、育儿假',
    plain:
      `产假${MATERNITY_DAYS}天（国家规定${L.maternityNationalDays.value}天，云南省延长${L.maternityYunnanExtraDays.value}天），` +
      `其中产前可休${L.maternityBeforeBirthMaxDays.value}天；难产增加${L.difficultBirthExtraDays.value}天；` +
      `多胞胎每多1个婴儿增加${L.perExtraBabyExtraDays.value}天。男方护理假${L.paternityDays.value}天。` +
      `孩子${L.parentalUntilAgeYears.value}周岁以内，夫妻双方每年各有${L.parentalDaysPerYear.value}天育儿假。`,
    clause: `${DOC} 二(四)1`,
    quote: '严格落实产假、护理假、育儿假、哺乳假等制度',
  },
  {
    id: 'leave-pay',
    topic: 'leave',
    title: '休假不影响工资和晋升',
    plain: '休生育相关的假期间，工资、福利不变，不影响考勤、考核和晋级、晋职、提薪。',
    clause: `${DOC} 二(四)4`,
    quote: '休假期间工资、福利待遇不变，不影响考勤、考核和晋级、晋职、提薪等职业发展。',
  },
  {
    id: 'childbirth-insurance',
    topic: 'health',
    title: '住院分娩医保报销',
    plain: '参加城乡居民医保的，住院分娩的医疗费用由医保支付。',
    clause: `${DOC} 二(四)1`,
    quote: '将城乡居民基本医疗保险参保人员住院分娩医疗费用纳入医保支付范围',
  },
  {
    id: 'child-health',
    topic: 'health',
    title: '0—6岁儿童健康管理',
    plain: '0—6岁的孩子有规范的儿童健康管理服务，并改善营养、加强口腔保健、做好近视防治。',
    clause: `${DOC} 二(二)3`,
    quote: '规范开展0—6岁儿童健康管理服务，改善儿童营养状况，加强儿童口腔保健，做好青少年儿童近视防治。',
  },
  {
    id: 'bereaved-parents',
    topic: 'special_family',
    title: '失独家庭护理补贴',
    plain: '失去独生子女、被依法鉴定为伤病残三级以上的父母，每人每月300元护理补贴。',
    clause: `${DOC} 二(五)2`,
    quote: '州县对被依法鉴定为伤病残达到三级以上的失独父母，每人每月发放300元护理补贴，资金按州县财政体制分担。',
  },
];

export function promisesAbout(topic: PromiseTopic): CountyPromise[] {
  return COUNTY_PROMISES.filter((p) => p.topic === topic);
}

// The child health checks of the national basic public health service, birth to 6 years, as data
// with their source: 《国家基本公共卫生服务规范（第三版）》 0～6岁儿童健康管理服务规范.
//
// Windows: the 规范 fixes the newborn home visit (出院后1周内) and the 满月 visit (出生后28～30天);
// for the later checks it names the age only (3、6、8、12、18、24、30、36月龄; 4～6岁每年一次). This
// service reads each such check as due from the day the child reaches the age until the day before
// the end age given here (`until`, exclusive) — a reading, marked in `windowToConfirm` for staff.
// Ages count by calendar month like the vaccine calendar (domain/vaccine ageDate): the end of a
// shorter month clamps (born 01-31 → 3 months = 04-30).
import type { Age } from '../vaccine/schedule';
import type { Citation } from '../maternal/types';

export const CHILD_SPEC = '《国家基本公共卫生服务规范（第三版）》（国家卫生计生委，国卫基层发〔2017〕13号）0～6岁儿童健康管理服务规范';

function spec(clause: string): Citation {
  return { document: CHILD_SPEC, clause };
}

export type ChildCheckWindow =
  /** Days after the discharge from the birth hospital (or the birth, when the discharge is not known), both ends included. */
  | { kind: 'afterDischarge'; fromDay: number; toDay: number }
  /** Days after the birth, both ends included. */
  | { kind: 'afterBirthDays'; fromDay: number; toDay: number }
  /** From the age reached until the day before `until`. */
  | { kind: 'age'; at: Age; until: Age };

export interface ChildCheckRule {
  id: string;
  title: string;
  window: ChildCheckWindow;
  /** The window as the source words it. */
  windowText: string;
  where: string;
  contents: readonly string[];
  source: Citation;
  /** Staff-only: the window's end is this service's reading, not the 规范's words. */
  windowToConfirm?: string;
}

const INFANT_CLAUSE =
  '二、服务内容（三）婴幼儿健康管理：满月后的随访服务均应在乡镇卫生院、社区卫生服务中心进行，时间分别在3、6、8、12、18、24、30、36月龄时，共8次';
const PRESCHOOL_CLAUSE = '二、服务内容（四）学龄前儿童健康管理：为4～6岁儿童每年提供一次健康管理服务';
const INFANT_WHERE = '乡镇卫生院、社区卫生服务中心（偏远地区可在村卫生室、社区卫生服务站）';
const PRESCHOOL_WHERE = '散居儿童：乡镇卫生院、社区卫生服务中心；集体儿童：可在托幼机构';
const READING = (end: string) => `规范只写月龄，未写时间窗；本服务按“到该月龄起至${end}前”计算，待县妇幼保健院确认。`;

const INFANT_BASE = [
  '询问上次随访到本次之间的喂养、患病等情况',
  '体格检查：体重、身长（身高）、头围等，评价生长发育',
  '心理行为发育评估',
  '科学喂养、生长发育、疾病预防、预防伤害、口腔保健指导',
  '接种前检查有无禁忌证，无禁忌证的体检后接种疫苗',
];
const PRESCHOOL_BASE = [
  '询问上次随访到本次之间的膳食、患病等情况',
  '体格检查：体重、身高等，评价生长发育；心理行为发育评估',
  '血常规（或血红蛋白）检测、视力筛查',
  '合理膳食、生长发育、疾病预防、预防伤害、口腔保健指导',
];
const HB = '血常规（或血红蛋白）检测';
const HEARING = '听力筛查（行为测听法）';

function infant(months: number, untilMonths: number, extra: readonly string[] = []): ChildCheckRule {
  return {
    id: `m${months}`,
    title: `${months}月龄健康检查`,
    window: { kind: 'age', at: { months }, until: { months: untilMonths } },
    windowText: `${months}月龄`,
    where: INFANT_WHERE,
    contents: [...INFANT_BASE, ...extra],
    source: spec(INFANT_CLAUSE),
    windowToConfirm: READING(`${untilMonths}月龄`),
  };
}

function preschool(years: number): ChildCheckRule {
  return {
    id: `y${years}`,
    title: `${years}岁健康检查`,
    window: { kind: 'age', at: { years }, until: { years: years + 1 } },
    windowText: `${years}岁（每年一次）`,
    where: PRESCHOOL_WHERE,
    contents: PRESCHOOL_BASE,
    source: spec(PRESCHOOL_CLAUSE),
    windowToConfirm: READING(`${years + 1}岁`),
  };
}

export const CHILD_CHECKS: readonly ChildCheckRule[] = [
  {
    id: 'newborn-visit',
    title: '新生儿家庭访视',
    window: { kind: 'afterDischarge', fromDay: 0, toDay: 7 },
    windowText: '新生儿出院后1周内',
    where: '乡镇卫生院、社区卫生服务中心的医务人员到新生儿家中（同时进行产后访视）',
    contents: [
      '了解出生时情况、预防接种情况、新生儿疾病筛查情况',
      '重点询问和观察喂养、睡眠、大小便、黄疸、脐部情况、口腔发育等',
      '测量体温，记录出生时体重、身长，进行体格检查',
      '建立《母子健康手册》',
      '喂养、发育、防病、预防伤害和口腔保健指导；发现异常及时转诊',
    ],
    source: spec('二、服务内容（一）新生儿家庭访视：新生儿出院后1周内，医务人员到新生儿家中进行'),
  },
  {
    id: 'month-1',
    title: '满月健康检查',
    window: { kind: 'afterBirthDays', fromDay: 28, toDay: 30 },
    windowText: '出生后28～30天',
    where: '乡镇卫生院、社区卫生服务中心（结合接种乙肝疫苗第二针）',
    contents: ['重点询问和观察喂养、睡眠、大小便、黄疸等情况', '体重、身长、头围测量，体格检查', '喂养、发育、防病指导'],
    source: spec(
      '二、服务内容（二）新生儿满月健康管理：新生儿出生后28～30天，结合接种乙肝疫苗第二针，在乡镇卫生院、社区卫生服务中心进行随访',
    ),
  },
  infant(3, 4),
  infant(6, 7, [`${HB}（6～8月龄间1次）`, HEARING]),
  infant(8, 9, [`${HB}（6～8月龄间1次，6月龄未做的在本次做）`]),
  infant(12, 13, [HEARING]),
  infant(18, 21, [HB]),
  infant(24, 27, [HEARING]),
  infant(30, 33, [HB]),
  infant(36, 39, [HEARING]),
  preschool(4),
  preschool(5),
  preschool(6),
];

/** The service covers children under 7: a check not done by then is no longer offered. */
export const SERVICE_END_AGE: Age = { years: 7 };

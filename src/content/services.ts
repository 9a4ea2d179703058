import type { PagePath } from '@domain/routes';

// The services the home page offers. Only services that work end to end are listed here.
export interface ServiceEntry {
  key: string;
  title: string;
  description: string;
  url: PagePath;
  /** Whether the service needs real-name verification before it starts. */
  needsVerified: boolean;
}

export const SERVICES: readonly ServiceEntry[] = [
  {
    key: 'registration',
    title: '生育登记',
    description: '怀孕期间或孩子出生后登记，免费，提交即取得生育服务登记凭证',
    url: '/packages/registration/form/index',
    needsVerified: true,
  },
  {
    key: 'birth',
    title: '出生一件事',
    description: '出生医学证明、预防接种证、户口登记、医保参保、社保卡，一次申请，各部门接力办理',
    url: '/packages/birth/eligibility/index',
    needsVerified: true,
  },
  {
    key: 'vaccine',
    title: '预防接种',
    description: '每个孩子的接种计划：现在可以打哪几针，哪些快到期',
    url: '/packages/vaccine/index/index',
    needsVerified: true,
  },
  {
    key: 'maternal',
    title: '孕期保健',
    description: '预产期和现在的孕周，每次产检的时间、内容和费用，医院录入的检查和风险评估',
    url: '/packages/maternal/index/index',
    needsVerified: true,
  },
  {
    key: 'child-health',
    title: '儿童健康',
    description: '0～6岁免费健康检查什么时候做、新生儿筛查结果、生长曲线',
    url: '/packages/child-health/index/index',
    needsVerified: true,
  },
  {
    key: 'subsidy',
    title: '生育补贴',
    description: '孩子可以领哪些补贴、每年多少、为什么；一次申领，查看审核和发放进度',
    url: '/packages/subsidy/index/index',
    needsVerified: true,
  },
  {
    key: 'nursery',
    title: '托育服务',
    description: '按距离查找已备案的托育机构，看空位和收费，预约参观、申请入托',
    url: '/packages/nursery/index/index',
    needsVerified: false,
  },
  {
    key: 'guide',
    title: '政策与假期',
    description: '盈江县生育支持政策一览；产假、护理假、育儿假从哪天到哪天',
    url: '/packages/guide/index',
    needsVerified: false,
  },
];

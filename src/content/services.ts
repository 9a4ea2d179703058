// The services the home page offers. Only services that work end to end are listed here.
export interface ServiceEntry {
  key: string;
  title: string;
  description: string;
  url: string;
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
];

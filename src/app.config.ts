// The app's pages. domain/routes.ts types every page address from these two lists (type-only: nothing
// imports this file at run time), and the route test checks every stored link against them.
export const MAIN_PAGES = ['pages/home/index', 'pages/cases/index', 'pages/me/index'] as const;

export const SUB_PACKAGES = [
  {
    root: 'packages/account',
    pages: ['login/index', 'verify/index', 'privacy/index', 'inbox/index'],
  },
  {
    root: 'packages/registration',
    pages: ['form/index', 'certificate/index', 'spouse/index'],
  },
  {
    root: 'packages/birth',
    pages: ['eligibility/index', 'form/index', 'case/index', 'parent-confirm/index'],
  },
  {
    root: 'packages/vaccine',
    pages: ['index/index', 'calendar/index'],
  },
  {
    root: 'packages/child-health',
    pages: ['index/index', 'child/index'],
  },
  {
    root: 'packages/maternal',
    pages: ['index/index'],
  },
  {
    root: 'packages/subsidy',
    pages: ['index/index', 'apply/index', 'application/index', 'rule/index'],
  },
  {
    root: 'packages/nursery',
    pages: ['index/index', 'detail/index', 'visit/index', 'apply/index', 'request/index'],
  },
  {
    root: 'packages/guide',
    pages: ['index', 'leave/index'],
  },
  {
    root: 'packages/staff',
    pages: [
      'index',
      'registrations/index',
      'registration/index',
      'roles/index',
      'bundle-queue/index',
      'bundle-step/index',
      'children/index',
      'child-vaccines/index',
      'subsidy-queue/index',
      'subsidy-review/index',
      'payout/index',
      'subsidy-policy/index',
      'hukou-move/index',
      'nursery-operator/index',
      'nurseries/index',
      'nursery-supply/index',
      'dashboard/index',
      'report/index',
      'audit/index',
    ],
  },
  {
    // The health bureau's entry of the 妇幼 reporting system's yearly figures (a small package of its own: staff is near its budget).
    root: 'packages/staff-figures',
    pages: ['reported/index', 'open-questions/index'],
  },
  {
    // 妇幼保健: the pregnancy and the child health queues and records (their own package: staff is near its budget).
    root: 'packages/staff-health',
    pages: ['pregnancies/index', 'pregnancy/index', 'children/index', 'child/index'],
  },
] as const;

export default defineAppConfig({
  pages: [...MAIN_PAGES],
  subPackages: SUB_PACKAGES.map((p) => ({ root: p.root, pages: [...p.pages] })),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '出生一件事 · 盈江',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#4a5059',
    selectedColor: '#085a40',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/cases/index', text: '办件', iconPath: 'assets/tab/cases.png', selectedIconPath: 'assets/tab/cases-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  // 托育 search by distance (packages/nursery/index/myLocation.weapp.ts); the township picker works without it.
  permission: {
    'scope.userLocation': { desc: '用于按距离查找您附近的托育机构' },
  },
  requiredPrivateInfos: ['getLocation'],
  // WeChat's privacy flow: the app handles wx.onNeedPrivacyAuthorization itself (see components/PrivacySheet).
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});

export default definePageConfig({ navigationBarTitleText: '人口监测', enablePullDownRefresh: true });

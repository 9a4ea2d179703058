export default definePageConfig({ navigationBarTitleText: '接种计划', enablePullDownRefresh: true });

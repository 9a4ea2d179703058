export default definePageConfig({ navigationBarTitleText: '托育机构', enablePullDownRefresh: true });

export default definePageConfig({ navigationBarTitleText: '托育服务', enablePullDownRefresh: true });

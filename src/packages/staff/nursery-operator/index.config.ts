export default definePageConfig({ navigationBarTitleText: '本机构托育服务', enablePullDownRefresh: true });

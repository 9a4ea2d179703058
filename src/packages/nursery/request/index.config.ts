export default definePageConfig({ navigationBarTitleText: '托育办件', enablePullDownRefresh: true });

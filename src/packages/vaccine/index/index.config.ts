export default definePageConfig({ navigationBarTitleText: '预防接种', enablePullDownRefresh: true });

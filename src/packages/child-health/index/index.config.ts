export default definePageConfig({ navigationBarTitleText: '儿童健康', enablePullDownRefresh: true });

export default definePageConfig({ navigationBarTitleText: '儿童健康管理', enablePullDownRefresh: true });

export default definePageConfig({ navigationBarTitleText: '儿童健康检查录入', enablePullDownRefresh: true });

export default definePageConfig({ navigationBarTitleText: '儿童健康检查与生长曲线', enablePullDownRefresh: true });

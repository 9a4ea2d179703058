export default definePageConfig({ navigationBarTitleText: '生育服务登记凭证', enablePullDownRefresh: true });

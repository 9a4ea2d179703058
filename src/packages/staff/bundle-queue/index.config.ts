export default definePageConfig({ navigationBarTitleText: '出生一件事 待办', enablePullDownRefresh: true });

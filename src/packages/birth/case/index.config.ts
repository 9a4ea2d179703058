export default definePageConfig({ navigationBarTitleText: '出生一件事 办理进度', enablePullDownRefresh: true });

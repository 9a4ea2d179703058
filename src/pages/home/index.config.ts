export default definePageConfig({ navigationBarTitleText: '出生一件事 · 盈江', enablePullDownRefresh: true });

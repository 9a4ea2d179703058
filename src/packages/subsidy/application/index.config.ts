export default definePageConfig({ navigationBarTitleText: '补贴申领', enablePullDownRefresh: true });

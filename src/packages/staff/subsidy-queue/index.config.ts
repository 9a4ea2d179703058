export default definePageConfig({ navigationBarTitleText: '补贴申领审核', enablePullDownRefresh: true });

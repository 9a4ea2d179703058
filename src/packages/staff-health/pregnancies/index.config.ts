export default definePageConfig({ navigationBarTitleText: '孕产妇保健', enablePullDownRefresh: true });

export default definePageConfig({ navigationBarTitleText: '孕产期保健记录', enablePullDownRefresh: true });

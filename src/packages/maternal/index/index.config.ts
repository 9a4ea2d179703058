export default definePageConfig({ navigationBarTitleText: '孕期保健', enablePullDownRefresh: true });

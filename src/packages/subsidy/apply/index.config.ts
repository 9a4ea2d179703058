export default definePageConfig({ navigationBarTitleText: '申领补贴' });

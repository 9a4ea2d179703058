export default definePageConfig({ navigationBarTitleText: '接种计划' });

export default definePageConfig({ navigationBarTitleText: '接种记录' });

export default definePageConfig({ navigationBarTitleText: '确认配偶信息' });

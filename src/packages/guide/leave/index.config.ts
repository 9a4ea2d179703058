export default definePageConfig({ navigationBarTitleText: '假期计算' });

export default definePageConfig({ navigationBarTitleText: '户口迁出登记' });

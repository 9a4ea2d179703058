export default definePageConfig({ navigationBarTitleText: '政策与假期' });

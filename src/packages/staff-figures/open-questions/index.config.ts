export default definePageConfig({ navigationBarTitleText: '政策口径确认清单' });

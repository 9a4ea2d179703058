export default definePageConfig({ navigationBarTitleText: '托育机构备案与检查' });

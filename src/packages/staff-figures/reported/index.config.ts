export default definePageConfig({ navigationBarTitleText: '妇幼上报数据录入' });

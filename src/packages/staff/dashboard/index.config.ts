export default definePageConfig({ navigationBarTitleText: '人口监测' });

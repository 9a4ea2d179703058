export default definePageConfig({ navigationBarTitleText: '年度人口监测报告' });

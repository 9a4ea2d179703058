export default definePageConfig({ navigationBarTitleText: '托位供给统计' });

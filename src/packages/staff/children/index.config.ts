export default definePageConfig({ navigationBarTitleText: '儿童接种记录' });

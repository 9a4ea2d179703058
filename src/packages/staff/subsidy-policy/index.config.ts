export default definePageConfig({ navigationBarTitleText: '补贴政策设置' });

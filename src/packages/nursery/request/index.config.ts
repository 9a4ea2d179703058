export default definePageConfig({ navigationBarTitleText: '托育办件' });

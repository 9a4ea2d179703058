export default definePageConfig({ navigationBarTitleText: '确认孩子的父母信息' });

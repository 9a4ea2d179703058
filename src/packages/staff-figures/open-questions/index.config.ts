export default definePageConfig({ navigationBarTitleText: '待核实事项' });

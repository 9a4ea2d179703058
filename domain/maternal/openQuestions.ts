// What is still to be checked about the 母婴健康 data (the pregnancy checks, what they cost, the
// risk colours, redating by ultrasound): for staff views and whoever checks the sources. Kept apart
// from the data the parents' pages read, so no open question can reach a parent's screen.
// Keys: 'cost:<item id>', 'check:<check id>', or the data they concern.
import type { StaffNote } from '../staffNote';

export const MATERNAL_OPEN_QUESTIONS: Readonly<Record<string, StaffNote>> = {
  'cost:public-health-maternal': {
    toConfirm: '各次随访中哪些化验项目由基本公共卫生服务经费支付、哪些按医疗收费，待县卫生健康局确认后写明。',
  },
  'cost:pre-pregnancy-check': { toConfirm: '盈江县的承检机构（县妇幼保健院或其他）与预约方式待确认。' },
  'cost:pmtct-tests': { toConfirm: '文号待核。' },
  'cost:prenatal-care-insurance': { toConfirm: '“符合政策”的具体项目目录与报销比例待县医疗保障局提供。' },
  'cost:prenatal-screening': { toConfirm: '云南省/德宏州是否对本县孕妇免费提供产前筛查、具体项目与机构待县卫生健康局确认。' },
  'cost:thalassemia-screening': { toConfirm: '云南省地中海贫血防控项目是否覆盖盈江县、免费项目与承检机构待县卫生健康局确认。' },
  'ultrasound-redating': {
    toConfirm: '国内指南（孕前和孕期保健指南2018）只写“根据早孕期超声确定孕周”，未给出差异阈值；本阈值取自ACOG，待县妇幼保健院确认。',
  },
  'check:postnatal-42d': {
    toConfirm: '规范写“产后42天”，未给出时间窗；本服务按产后第42～56天计算（超过第56天显示为已逾期），待县妇幼保健院确认。',
  },
  'risk-colour-rules': { toConfirm: '原文网址与条款编号待核（本处按条款标题引用）。' },
};

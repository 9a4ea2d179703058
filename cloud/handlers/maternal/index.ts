export { mine, get, start, correctDating } from './parent';
export { findMothers, pregnancy, recordCheck, recordRisk, recordDelivery, queue, highRisk } from './staff';

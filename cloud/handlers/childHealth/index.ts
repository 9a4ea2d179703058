export { overview } from './parent';
export { findChildren, childHealth, recordCheck, recordScreening } from './staff';
export { queue } from './queue';

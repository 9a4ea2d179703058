// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/dashboard/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { dashboardFunction } from './index';

export const main = cloudbaseMain(dashboardFunction);

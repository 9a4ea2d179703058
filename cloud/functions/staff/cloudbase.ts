// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/staff/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { staffFunction } from './index';

export const main = cloudbaseMain(staffFunction);

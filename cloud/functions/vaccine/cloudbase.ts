// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/vaccine/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { vaccineFunction } from './index';

export const main = cloudbaseMain(vaccineFunction);

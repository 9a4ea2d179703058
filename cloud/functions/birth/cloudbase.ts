// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/birth/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { birthFunction } from './index';

export const main = cloudbaseMain(birthFunction);

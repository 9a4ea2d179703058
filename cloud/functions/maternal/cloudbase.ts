// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/maternal/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { maternalFunction } from './index';

export const main = cloudbaseMain(maternalFunction);

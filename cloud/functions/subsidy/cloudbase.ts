// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/subsidy/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { subsidyFunction } from './index';

export const main = cloudbaseMain(subsidyFunction);

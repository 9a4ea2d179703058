// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/account/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { accountFunction } from './index';

export const main = cloudbaseMain(accountFunction);

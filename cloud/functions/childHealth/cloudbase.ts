// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/childHealth/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { childHealthFunction } from './index';

export const main = cloudbaseMain(childHealthFunction);

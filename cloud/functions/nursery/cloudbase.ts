// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/nursery/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { nurseryFunction } from './index';

export const main = cloudbaseMain(nurseryFunction);

// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/registration/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { registrationFunction } from './index';

export const main = cloudbaseMain(registrationFunction);

// CloudBase entry, bundled by scripts/bundleFunctions.ts into cloudfunctions/audit/index.js.
import { cloudbaseMain } from '../cloudbaseEntry';
import { auditFunction } from './index';

export const main = cloudbaseMain(auditFunction);

// Every cloud function by name: the gateway serves POST /api/<name> from this map.
import type { FunctionDef } from '../core/dispatch';
import { accountFunction } from './account';
import { auditFunction } from './audit';
import { birthFunction } from './birth';
import { childHealthFunction } from './childHealth';
import { dashboardFunction } from './dashboard';
import { maternalFunction } from './maternal';
import { nurseryFunction } from './nursery';
import { registrationFunction } from './registration';
import { subsidyFunction } from './subsidy';
import { vaccineFunction } from './vaccine';

export const functions: Readonly<Record<string, FunctionDef>> = {
  account: accountFunction,
  audit: auditFunction,
  birth: birthFunction,
  childHealth: childHealthFunction,
  dashboard: dashboardFunction,
  maternal: maternalFunction,
  nursery: nurseryFunction,
  registration: registrationFunction,
  subsidy: subsidyFunction,
  vaccine: vaccineFunction,
};

export function findFunction(name: string): FunctionDef | undefined {
  return Object.prototype.hasOwnProperty.call(functions, name) ? functions[name] : undefined;
}

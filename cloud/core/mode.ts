// Development behaviour — demo data, the dev login, the fixed development keys, the dev identity
// check — is only for a process told explicitly that it is in development: NODE_ENV=development
// (`npm start`, the e2e gateway) or test (jest sets it). Anything else — production, "prod", a typo,
// nothing at all — gets the production rules. Failing closed is the point.
import type { Env } from './env';

const DEVELOPMENT_VALUES = new Set(['development', 'test']);

export function isDevelopment(env: Env): boolean {
  return DEVELOPMENT_VALUES.has(env.NODE_ENV ?? '');
}

export function isProduction(env: Env): boolean {
  return !isDevelopment(env);
}

/** Whether the gateway offers the demo sign-in: DEV_LOGIN=1/true/0/false, else only in development. */
export function devLoginFromEnv(env: Env): boolean {
  if (env.DEV_LOGIN === undefined || env.DEV_LOGIN === '') return isDevelopment(env);
  return env.DEV_LOGIN === '1' || env.DEV_LOGIN === 'true';
}

// Every migration, named so they sort in order. A static map (no directory scan) so that esbuild
// can bundle the migrations into a cloud function.
import type { Migration } from 'kysely';
import { initial } from './0001_initial';

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
};

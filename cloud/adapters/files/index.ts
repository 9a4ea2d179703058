// Picks the file store. Local disk is the only one written so far; a 政务云 object store (S3-style)
// or CloudBase cloud storage would be another FileStore chosen here by env.
import type { Env } from '../../core/env';
import { createLocalDiskFileStore, DEFAULT_FILES_DIR } from './localDisk';
import type { FileStore } from './store';

export type { FileStore } from './store';
export { createLocalDiskFileStore } from './localDisk';

export function createFileStore(env: Env = process.env): FileStore {
  return createLocalDiskFileStore(env.FILES_DIR || DEFAULT_FILES_DIR);
}

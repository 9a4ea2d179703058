// The embedded default: one file per key under a directory (env FILES_DIR, default `.data/files`),
// written to a temp name and renamed, so a killed server never leaves half a file under a real key.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { newId } from '../../core/ids';
import type { FileStore } from './store';

export const DEFAULT_FILES_DIR = '.data/files';

const KEY = /^[A-Za-z0-9_-]{8,128}$/;

function checkKey(key: string): string {
  // Keys are ours (uuids), but a path must never be built from anything else.
  if (!KEY.test(key)) throw new Error('invalid file key');
  return key;
}

export function createLocalDiskFileStore(dir: string = DEFAULT_FILES_DIR): FileStore {
  const root = resolve(dir);
  // Two levels of fan-out keep any one directory small.
  const pathOf = (key: string) => join(root, key.slice(0, 2), checkKey(key));
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(join(root, key.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${newId()}.tmp`;
      await writeFile(tmp, bytes, { flag: 'wx' });
      await rename(tmp, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (e) {
        if ((e as { code?: string }).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

// The h5 build's text assets, compressed once beside the originals (`x.js.br`, `x.js.gz`), so the
// gateway serves them compressed (@fastify/static `preCompressed`) without compressing per request.
// Run by the gateway at start for a build that has not been (in the thread pool: requests go on),
// and by `node scripts/precompress.mjs` after a build.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Worth compressing: text, and not already tiny. */
const COMPRESSIBLE = /\.(js|css|html|json|svg|txt|map)$/;
const MIN_BYTES = 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

async function newerOrMissing(compressed: string, source: Date): Promise<boolean> {
  try {
    return (await stat(compressed)).mtime < source;
  } catch {
    return true;
  }
}

/** Writes the missing or outdated `.br` and `.gz` beside every compressible file; answers how many files it compressed. */
export async function precompressDir(dir: string): Promise<number> {
  let done = 0;
  for await (const path of files(dir)) {
    const info = await stat(path);
    if (info.size < MIN_BYTES) continue;
    const [needBr, needGz] = [await newerOrMissing(`${path}.br`, info.mtime), await newerOrMissing(`${path}.gz`, info.mtime)];
    if (!needBr && !needGz) continue;
    const bytes = await readFile(path);
    if (needBr)
      await writeFile(
        `${path}.br`,
        await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      );
    if (needGz) await writeFile(`${path}.gz`, await gz(bytes, { level: 9 }));
    done += 1;
  }
  return done;
}

/** Content-hashed file names (`app.1a2b3c4d.js`) never change content: cached for a year. */
const HASHED = /\.[0-9a-f]{8,}\.(js|css|png|jpe?g|svg|gif|webp|woff2?|ttf)$/;

/** Cache-Control for a file of the h5 build: hashed assets immutable, everything else (index.html) revalidated. */
export function cacheControlFor(path: string): string {
  // The file sent may be the compressed copy: it is cached like its original.
  return HASHED.test(path.replace(/\.(br|gz)$/, '')) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// The CloudBase harness: bundles each cloud function exactly as `npm run bundle:functions` does
// (scripts/bundleFunctions.ts), gives each bundle a `wx-server-sdk` that is the stand-in
// (test/cloudbase/wxServerSdk.ts), and runs its `exports.main(event, context)` over a local SQLite
// file (DATABASE_URL=file:…, see cloudbaseEntry.ts) — no Fastify, no gateway, no token: who calls
// is what getWXContext says.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createSdkStandIn, type SdkStandIn } from './wxServerSdk';

const ROOT = resolve(__dirname, '../..');

export interface CloudHarness {
  sdk: SdkStandIn;
  dbFile: string;
  /** wx.cloud.callFunction({ name, data }) as `openid` (undefined = a timer trigger). */
  call(openid: string | undefined, name: string, data: unknown): Promise<any>;
  close(): void;
}

/**
 * esbuild refuses to run inside jest's jsdom (the native tests: its TextEncoder makes another realm's
 * Uint8Arrays), so there the bundling runs in a child process, as `npm run bundle:functions` would.
 */
async function bundle(name: string, outRoot: string): Promise<string> {
  if (typeof document === 'undefined') return (await import('../../scripts/bundleFunctions')).bundleFunction(name, outRoot);
  execFileSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts', 'bundleFunctions.ts'), '--out', outRoot, name], {
    stdio: 'pipe',
  });
  return join(outRoot, name, 'index.js');
}

export async function createCloudHarness(names: string[], env: Record<string, string> = {}): Promise<CloudHarness> {
  // Inside the repository, so a bundle's external `require('better-sqlite3')` resolves from node_modules.
  const dir = join(ROOT, '.data', 'cloudbase-harness', randomBytes(6).toString('hex'));
  mkdirSync(dir, { recursive: true });
  const dbFile = join(dir, 'cloud.sqlite');
  const sdk = createSdkStandIn();
  Object.assign(process.env, { DATABASE_URL: `file:${dbFile}`, ...env });

  const mains = new Map<string, (event: unknown, context: unknown) => Promise<unknown>>();
  for (const name of names) {
    const file = await bundle(name, dir);
    // CloudBase installs wx-server-sdk beside the function; here it is a shim handing over the stand-in.
    const shimDir = join(dir, name, 'node_modules', 'wx-server-sdk');
    mkdirSync(shimDir, { recursive: true });
    writeFileSync(join(shimDir, 'index.js'), 'module.exports = {};\n');
    const nodeRequire = createRequire(file);
    Object.assign(nodeRequire(join(shimDir, 'index.js')), sdk);
    mains.set(name, (nodeRequire(file) as { main: (e: unknown, c: unknown) => Promise<unknown> }).main);
  }

  return {
    sdk,
    dbFile,
    async call(openid, name, data) {
      const main = mains.get(name);
      if (!main) throw new Error(`function ${name} not bundled in this harness`);
      sdk.setCaller(openid);
      // A deep copy both ways, as the event and the answer cross WeChat's wire as JSON.
      return JSON.parse(JSON.stringify(await main(JSON.parse(JSON.stringify(data)), {})));
    },
    close() {
      for (const k of ['DATABASE_URL', ...Object.keys(env)]) delete process.env[k];
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

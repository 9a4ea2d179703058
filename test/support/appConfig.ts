import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

interface AppConfig {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string }[] };
}

/** src/app.config.ts as Taro reads it (defineAppConfig is a build-time global). */
export function appConfig(): AppConfig {
  const source = fs.readFileSync(path.join(__dirname, '../../src/app.config.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as { default?: AppConfig } };
  new Function('module', 'exports', 'defineAppConfig', code)(module, module.exports, (c: AppConfig) => c);
  return module.exports.default!;
}

/** Every page the app declares (src/app.config.ts), so pages added later are covered without touching the tests. */
export function appPages(): string[] {
  const config = appConfig();
  return [...config.pages, ...(config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

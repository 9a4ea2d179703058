import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assertReleaseEnv, releaseProblems } from '../../config/releaseCheck';

test('a release weapp build needs an https, non-loopback API base, or a cloud env id', () => {
  expect(releaseProblems({ TARO_APP_API: 'http', TARO_APP_API_BASE: 'https://yj-birth.example.gov.cn' })).toEqual([]);
  expect(releaseProblems({ TARO_APP_API: 'cloud', TARO_APP_CLOUD_ENV: 'yj-prod-1a2b' })).toEqual([]);
  expect(releaseProblems({ TARO_APP_API: 'http' })[0]).toContain('缺少 TARO_APP_API_BASE');
  expect(releaseProblems({ TARO_APP_API_BASE: 'http://gov.example.cn' })[0]).toContain('必须使用 https://');
  for (const host of ['127.0.0.1:8787', 'localhost', '[::1]', '0.0.0.0']) {
    expect(releaseProblems({ TARO_APP_API_BASE: `https://${host}` }).join()).toContain('本机地址');
  }
  expect(releaseProblems({ TARO_APP_API_BASE: 'http://127.0.0.1:8787' })).toHaveLength(2);
  expect(releaseProblems({ TARO_APP_API: 'cloud' })[0]).toContain('TARO_APP_CLOUD_ENV');
});

test('only the production weapp build is checked', () => {
  const bad = { TARO_APP_API_BASE: 'http://127.0.0.1:8787' };
  expect(() => assertReleaseEnv('development', 'weapp', bad)).not.toThrow();
  expect(() => assertReleaseEnv('production', 'h5', bad)).not.toThrow();
  expect(() => assertReleaseEnv('production', 'weapp', bad)).toThrow(/生产构建.*被拒绝/);
});

// Taro injects only the TARO_APP_* variables an .env file names (the build environment's value
// wins): a variable the app reads but no file names is silently undefined in the bundle.
test('every build variable the app reads is named in .env; the dev login only in .env.development', () => {
  const root = join(__dirname, '../..');
  const keys = (file: string) => new Set([...readFileSync(join(root, file), 'utf8').matchAll(/^(TARO_APP_[A-Z_]+)=/gm)].map((m) => m[1]));
  const read = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name))
        for (const m of readFileSync(path, 'utf8').matchAll(/process\.env\.(TARO_APP_[A-Z_]+)/g)) read.add(m[1]);
    }
  };
  walk(join(root, 'src'));
  expect(read.size).toBeGreaterThan(3);
  const declared = keys('.env');
  const devOnly = keys('.env.development');
  for (const name of read)
    expect({ name, declared: declared.has(name) || (name === 'TARO_APP_DEV_LOGIN' && devOnly.has(name)) }).toEqual({
      name,
      declared: true,
    });
  expect(declared.has('TARO_APP_DEV_LOGIN')).toBe(false);
  expect(keys('.env.production').has('TARO_APP_DEV_LOGIN')).toBe(false);
});

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

// What a production (release) weapp build must be given by the build environment, checked before
// Taro builds anything. `taro build --type weapp` runs in mode 'production' and reads
// .env.production + the environment; local builds use `--mode development` (.env.development).
//
//   TARO_APP_API=http  → TARO_APP_API_BASE must be https:// and not a loopback or private-only host
//                        (WeChat only calls 合法域名 over HTTPS)
//   TARO_APP_API=cloud → TARO_APP_CLOUD_ENV must be set
//   TARO_APP_SUBSCRIBE_TEMPLATE_IDS: optional (no subscribe messages without it) — a warning only
export interface ReleaseEnv {
  TARO_APP_API?: string;
  TARO_APP_API_BASE?: string;
  TARO_APP_CLOUD_ENV?: string;
  TARO_APP_SUBSCRIBE_TEMPLATE_IDS?: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|.*\.local|.*\.localhost)$/i;

/** Problems that stop a release build (empty = fine), in Chinese and with the fix. */
export function releaseProblems(env: ReleaseEnv): string[] {
  const problems: string[] = [];
  if (env.TARO_APP_API === 'cloud') {
    if (!env.TARO_APP_CLOUD_ENV) problems.push('TARO_APP_API=cloud 需要 TARO_APP_CLOUD_ENV（云开发环境 ID）');
    return problems;
  }
  const base = env.TARO_APP_API_BASE ?? '';
  if (!base) {
    problems.push('缺少 TARO_APP_API_BASE：生产构建须指向已配置为 request 合法域名的 https:// 网关地址（或使用 TARO_APP_API=cloud）');
    return problems;
  }
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    problems.push(`TARO_APP_API_BASE 不是有效的网址：${base}`);
    return problems;
  }
  if (url.protocol !== 'https:') problems.push(`TARO_APP_API_BASE 必须使用 https://（微信只允许 HTTPS 合法域名），当前为 ${base}`);
  if (LOOPBACK.test(url.hostname))
    problems.push(`TARO_APP_API_BASE 指向本机地址 ${url.hostname}，手机上的小程序无法访问；请填写网关的公网域名`);
  return problems;
}

/** Throws with every problem listed when a release weapp build lacks what it needs. */
export function assertReleaseEnv(mode: string, taroEnv: string | undefined, env: ReleaseEnv): void {
  if (mode !== 'production' || taroEnv !== 'weapp') return;
  const problems = releaseProblems(env);
  if (problems.length === 0) return;
  throw new Error(
    `生产构建（taro build --type weapp，mode=production）被拒绝：\n- ${problems.join('\n- ')}\n` +
      '在构建环境中设置这些变量（见 docs/deploy-wechat.md）；本机调试请用 `npm run build:weapp:dev`（--mode development）。',
  );
}

#!/usr/bin/env node
// `npm start`: builds the h5 app and the weapp (for WeChat DevTools) side by side, bundles the
// cloud functions, then starts the gateway on 127.0.0.1 serving both the API and the h5 build,
// with the demo data seeded on first start. `npm start -- --no-build` skips the builds.
import { spawn } from 'node:child_process';

const skipBuild = process.argv.includes('--no-build');
const port = process.env.PORT ?? '8787';
const host = process.env.HOST ?? '127.0.0.1';

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function main() {
  if (!skipBuild) {
    console.log('正在构建 h5 和微信小程序（约1分钟）…');
    await Promise.all([
      run('npx', ['taro', 'build', '--type', 'h5']),
      run('npx', ['taro', 'build', '--type', 'weapp', '--mode', 'development']),
      run('npx', ['tsx', 'scripts/bundleFunctions.ts']),
    ]);
  }
  const gateway = spawn('npx', ['tsx', 'cloud/gateway/main.ts'], {
    stdio: 'inherit',
    // `npm start` is the demo: it says so explicitly (anything else gets the production rules).
    env: { ...process.env, NODE_ENV: 'development', PORT: port, HOST: host, STATIC_DIR: process.env.STATIC_DIR ?? 'dist-h5' },
  });
  console.log(`
  出生一件事 · 盈江
  H5:        http://${host}:${port}/
  API:       http://${host}:${port}/api/<function>
  小程序:    用微信开发者工具打开本目录（project.config.json → dist/），勾选「不校验合法域名」
`);
  const stop = () => gateway.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  gateway.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

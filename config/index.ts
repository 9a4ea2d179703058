import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { assertReleaseEnv } from './releaseCheck';
import h5Browsers from './h5Browsers.json';

const root = path.resolve(__dirname, '..');
// Taro empties its output folder on every build: weapp and h5 get their own. WEAPP_OUTPUT_ROOT
// lets a second weapp build (the cloud-transport one the native tests load) sit beside dist/.
const outputRoot = process.env.TARO_ENV === 'h5' ? 'dist-h5' : process.env.WEAPP_OUTPUT_ROOT || 'dist';

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  // A release weapp build refuses an http:// or loopback API base, or a cloud build without its env id.
  try {
    assertReleaseEnv(mode, process.env.TARO_ENV, process.env);
  } catch (e) {
    // Taro would add a misleading "config not found" line to a thrown error: say ours and stop.
    console.error(`\n${(e as Error).message}\n`);
    process.exit(1);
  }
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'birth-one-thing-yingjiang',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [path.join(__dirname, 'ariaPlugin.ts'), path.join(__dirname, 'buildStatsPlugin.ts')],
    defineConstants: {},
    alias: {
      '@': path.join(root, 'src'),
      '@domain': path.join(root, 'domain'),
    },
    copy: { patterns: [], options: {} },
    // The h5 renders with Preact (preact/compat: the same React code, a tenth of react-dom's bytes);
    // the weapp keeps React. babel.config.js makes the same choice.
    framework: process.env.TARO_ENV === 'h5' ? 'preact' : 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // domain/ sits beside src/ because the server shares it; Taro must still compile it.
      compile: { include: [path.join(root, 'domain')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // A watch build reloads the page: Preact's fast refresh (@prefresh/*) is not installed.
      devServer: { hot: false },
      webpackChain(chain) {
        // Taro's request API imports fetch and AbortController polyfills; every browser the h5 is
        // built for (config/h5Browsers.json) has both, and the polyfills only install when missing.
        // webpack reads `false` as an empty module; webpack-chain's types only know strings.
        const empty = false as unknown as string;
        chain.resolve.alias.set('whatwg-fetch', empty).set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only', empty);
      },
      compile: { include: [path.join(root, 'domain')] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: { overrideBrowserslist: h5Browsers } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});

// Taro's build uses babel-preset-taro; jest uses its own preset list (see jest.config.js).
// The h5 build compiles for the browsers the h5 already needs (config/h5Browsers.json): nothing
// polyfills APIs (babel-preset-taro's useBuiltIns is off), and the multi-step forms call Object.fromEntries
// (src/components/form/wizard.ts: Chrome / Android WebView 73, iOS 12.2), the growth chart
// Array.prototype.flatMap, every page CSS custom properties (elder mode). Android 4.1 / iOS 8 (package.json
// browserslist) never ran this h5; compiling async, classes and spread down for them only cost
// bytes. The weapp keeps package.json's browserslist.
const h5 = process.env.TARO_ENV === 'h5';
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: h5 ? 'preact' : 'react',
        ts: true,
        compiler: 'webpack5',
        ...(h5 ? { targets: require('./config/h5Browsers.json'), hot: false } : {}),
      },
    ],
  ],
};

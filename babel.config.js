// Taro's build uses babel-preset-taro; jest uses its own preset list (see jest.config.js).
// The h5 build compiles for the browsers the h5 already needs (config/h5Browsers.json says why);
// the weapp keeps package.json's browserslist.
const h5 = process.env.TARO_ENV === 'h5';
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(h5 ? { targets: require('./config/h5Browsers.json') } : {}) }],
  ],
};

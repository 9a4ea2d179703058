// Taro's build uses babel-preset-taro; jest uses its own preset list (see jest.config.js).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};

// One jest config, one project per test level (unit, api, fuzz, access, trust, components, native).
// `npm test` runs them all (see scripts/test.mjs); each can run alone with `jest --selectProjects <name>`.

const babelNode = [
  'babel-jest',
  {
    configFile: false,
    babelrc: false,
    presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
  },
];

const babelReact = [
  'babel-jest',
  {
    configFile: false,
    babelrc: false,
    presets: [
      ['@babel/preset-env', { targets: { node: 'current' } }],
      ['@babel/preset-react', { runtime: 'automatic' }],
      '@babel/preset-typescript',
    ],
  },
];

const aliases = {
  '^@domain/(.*)$': '<rootDir>/domain/$1',
  '^@/(.*)$': '<rootDir>/src/$1',
};

module.exports = {
  // A global option (a project's own testTimeout does not reach its hooks): suites that migrate and
  // seed a database in beforeAll need more than 5 s on a busy 2-core machine.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': babelNode },
      // The nursery's spatial index (kdbush, geokdbush, tinyqueue) ships ESM only.
      transformIgnorePatterns: ['/node_modules/(?!(kdbush|geokdbush|tinyqueue)/)'],
      moduleNameMapper: aliases,
    },
    {
      displayName: 'api',
      rootDir: __dirname,
      // Each suite migrates and seeds a database of its own in its hooks (on PostgreSQL too).
      testTimeout: 30_000,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': babelNode },
      // Fastify's inject() pulls in cookie@2, which ships ESM only.
      transformIgnorePatterns: ['/node_modules/(?!(cookie|kdbush|geokdbush|tinyqueue)/)'],
      moduleNameMapper: aliases,
    },
    {
      displayName: 'fuzz',
      rootDir: __dirname,
      // Each suite migrates and seeds a database of its own in its hooks (on PostgreSQL too).
      testTimeout: 30_000,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/fuzz/**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': babelNode },
      transformIgnorePatterns: ['/node_modules/(?!(cookie|kdbush|geokdbush|tinyqueue)/)'],
      moduleNameMapper: aliases,
    },
    {
      // The access matrix (test/access/accessTable.ts): every action × every caller, over the real gateway.
      displayName: 'access',
      rootDir: __dirname,
      // Each suite migrates and seeds a database of its own in its hooks (on PostgreSQL too).
      testTimeout: 30_000,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/access/**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': babelNode },
      transformIgnorePatterns: ['/node_modules/(?!(cookie|kdbush|geokdbush|tinyqueue)/)'],
      moduleNameMapper: aliases,
    },
    {
      displayName: 'trust',
      rootDir: __dirname,
      // Each suite migrates and seeds a database of its own in its hooks (on PostgreSQL too).
      testTimeout: 30_000,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/trust/**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': babelNode },
      transformIgnorePatterns: ['/node_modules/(?!(cookie|kdbush|geokdbush|tinyqueue)/)'],
      moduleNameMapper: aliases,
    },
    {
      displayName: 'components',
      rootDir: __dirname,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/components/setup/globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/components/setup/afterEnv.ts'],
      transform: { '^.+\\.(m?js|jsx|ts|tsx)$': babelReact },
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|swiper|ssr-window|dom7|tslib|\\.pnpm)/)'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/components/setup/taroMock.ts',
        '\\.(css|scss)$': '<rootDir>/test/components/setup/styleStub.js',
        ...aliases,
      },
    },
    {
      displayName: 'native',
      rootDir: __dirname,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/native/**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': babelNode },
      // signIn.test.ts runs the real gateway (api harness) behind the compiled app's wx.request.
      transformIgnorePatterns: ['/node_modules/(?!(cookie|kdbush|geokdbush|tinyqueue)/)'],
      moduleNameMapper: aliases,
    },
  ],
};

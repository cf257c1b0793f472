/* Browser journeys: the built app (dist/) served by the built API, driven in Debian's Chromium. */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    // otplib (the journeys compute TOTP codes as a phone would) uses @scure/base and @noble/hashes,
    // ES modules only: turned into CommonJS for Jest, as in apps/api/jest.config.cts.
    '/node_modules/@(scure|noble)/.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }],
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  transformIgnorePatterns: ['^(?!.*/node_modules/@(scure|noble)/).*/node_modules/'],
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  // The workspace's own Thai helpers (national ID check digits) from source.
  moduleNameMapper: { '^@elderwork/thai$': '<rootDir>/../../packages/thai/src/index.ts' },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 90000,
  maxWorkers: 1,
};

/* Browser journeys: the built app (dist/) served by the built API, driven in Debian's Chromium. */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  // The workspace's own Thai helpers (national ID check digits) from source.
  moduleNameMapper: { '^@elderwork/thai$': '<rootDir>/../../packages/thai/src/index.ts' },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 90000,
  maxWorkers: 1,
};

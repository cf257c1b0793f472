/* Smoke run of the benchmarks (scale 0.001); the benchmarks themselves run with npm run bench. */
module.exports = {
  displayName: 'bench',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  // The API's test database setup: a fresh PostgreSQL (embedded, or DATABASE_URL's server).
  globalSetup: '<rootDir>/../apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/../apps/api/test/support/global-teardown.ts',
};

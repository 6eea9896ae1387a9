/** @type {import('jest').Config} */
// @ts-nocheck

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|mjs)$': '<rootDir>/test/helpers/esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  globalSetup: '<rootDir>/test/helpers/global-setup.cjs',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
};

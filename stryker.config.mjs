// StrykerJS (`npm run mutate`): breaks src/core and src/server one mutant at a time and runs
// the tests that cover it. Survivors are killed by a new test or listed, with the reason, in
// stryker-equivalents.md. Scoped re-run: npm run mutate -- --mutate 'src/core/check/**'.
// MUTATE_CORE_ONLY=1: the quick inner loop — only the core's unit tests, no bundle in a VM
// (a score from it is a floor: the bundle's tests can only kill more).
const coreOnly = process.env.MUTATE_CORE_ONLY === '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.cjs',
    enableFindRelatedTests: false,
    config: {
      // The browser tests drive Chromium (too slow per mutant, and they cover src/client, which
      // is not mutated); main.test.ts measures the shipped bundle, which instrumentation bloats;
      // catalog*.test.ts read shared/reference beside the repo, which a sandbox is not.
      testPathIgnorePatterns: [
        '/test/browser/',
        '/test/fakes/',
        '/test/tools/',
        '/test/server/main\\.test\\.ts$',
        '/test/core/plan/catalog(?:-data)?\\.test\\.ts$',
        ...(coreOnly ? ['/test/server/', '/test/bench/'] : []),
      ],
      reporters: ['default'],
      // Built once by buildCommand (below): every mutant is in that bundle, switched at run
      // time, so a rebuild per mutant run would only cost time.
      globalSetup: null,
    },
  },
  buildCommand: 'node esbuild.config.mjs',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/core/**/*.ts',
    'src/server/**/*.ts',
    // Vietnamese strings only: tests compare against these same constants, so a changed
    // string can never fail a test; the copy is reviewed, not mutated.
    '!src/core/messages/**',
    // Re-exports only (the globals Apps Script calls); test/server/main.test.ts checks them.
    '!src/server/main.ts',
  ],
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  // Two cores shared by the whole team: one test process.
  concurrency: 1,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Not a dot folder: Jest's file crawler skips hidden directories, and would find no test.
  tempDirName: 'stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // MUTATE_BREAK=85 (the nightly .ci/mutate): a score under it fails the run.
  thresholds: {
    high: 90,
    low: 85,
    break: process.env.MUTATE_BREAK ? Number(process.env.MUTATE_BREAK) : null,
  },
};

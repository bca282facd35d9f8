/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // isolatedModules (tsconfig) makes ts-jest transpile per file; `npm run typecheck` checks types once.
    '^.+\\.ts$': 'ts-jest',
  },
  setupFiles: ['reflect-metadata'],
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  testTimeout: 30000,
  // Every core runs test files (jest's default leaves one idle: on 2 cores that is one file at a time, and
  // the suite's child processes and servers mostly wait). With NEO4J_URI set, the contract and API suites
  // empty that one database before their tests: test files then run one at a time, so that none wipes the
  // data of another.
  maxWorkers: process.env.NEO4J_URI ? 1 : '100%',
};

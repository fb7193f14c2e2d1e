/**
 * End-to-end tests: the production build of the preview page in Debian's Chromium
 * (playwright-core). `npm run test:e2e` runs them; jest flags pass through
 * (`npm run test:e2e -- --ci --json --outputFile=F`).
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/"],
  // builds dist/ when it is missing or older than the sources
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
  // one browser at a time: the machines running CI are small
  maxWorkers: 1,
  testTimeout: 120_000,
};

const os = require("os");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(strip-bom|uuid)/)"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  // The package codec (src/xlsx/zip.ts) is the entry point's to install: fflate, as the browser's index.ts does.
  setupFiles: ["<rootDir>/test/support/zipCodec.ts"],
  // Jest's default (cores - 1) is one worker on a 2-core machine, which runs the whole suite in band
  // on one core; the parent process mostly waits, so two workers use both. `--maxWorkers` still overrides.
  maxWorkers: Math.max(2, (os.availableParallelism ? os.availableParallelism() : os.cpus().length) - 1),
  // A worker that keeps more than this after a test file (the large-sheet tests) is restarted, so memory stays bounded.
  workerIdleMemoryLimit: "1GB",
};

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
};

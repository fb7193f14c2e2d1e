/**
 * numfmt, loaded by file path.
 *
 * numfmt 4.0.1 as published declares `"require": "./dist/index.cjs"` in its
 * package.json "exports", but ships that CommonJS build as dist/index.js; so
 * `require("numfmt")` fails in Node and in Jest (webpack's ESM import would
 * work). Importing the file directly works in all three: ts-jest, the CLI
 * compiled by tsc (lib/xlsx -> ../../node_modules) and webpack.
 * When numfmt publishes a fixed package, replace this path with "numfmt".
 */
export { format, isDateFormat } from "../../node_modules/numfmt/dist/index.js";

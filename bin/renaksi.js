#!/usr/bin/env node
"use strict";
// The CLI is compiled into lib/ by `npm install` (prepare script) or `npm run build:cli`.
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (e) {
  process.stderr.write("renaksi: the command line is not built yet; run `npm install` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
// Set the exit code and let Node exit when stdout is drained: process.exit() would cut a long
// piped report (--json over a folder) short.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);

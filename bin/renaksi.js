#!/usr/bin/env node
"use strict";
// The CLI is compiled into lib/ by `npm install` (prepare script) or `npm run build:cli`.
let main;
try {
  // The modules' code as compiled when the CLI was built (src/cli/codeCache.ts): a faster start.
  require("../lib/cli/codeCache.js").useCodeCache(require("path").join(__dirname, ".."));
  ({ main } = require("../lib/cli/main.js"));
} catch (e) {
  process.stderr.write("renaksi: the command line is not built yet; run `npm install` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
// Exit once stdout and stderr have taken everything written before (their write callbacks come
// in order): process.exit() at once would cut a long piped report (--json over a folder) short;
// waiting for Node to wind down on its own costs the time it takes to free every object.
function exitWhenWritten(code) {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}
main(process.argv.slice(2)).then(exitWhenWritten, () => exitWhenWritten(2));

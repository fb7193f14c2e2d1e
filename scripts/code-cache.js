#!/usr/bin/env node
"use strict";
/**
 * Part of `npm run build:cli` (and of `npm install`): make lib/code-cache.bin, the code of the
 * CLI's modules (and the dependencies they load) as V8 compiled it (src/cli/codeCache.ts), by running the commands once on a
 * plan of the current list (a template prefilled with the support programme): template,
 * validate (text and JSON), fill, decree. Without the file the CLI works the same, only slower
 * to start, so a failure here is told and does not fail the build.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const lib = path.join(root, "lib");

async function main() {
  const { recordCodeCache } = require(path.join(lib, "cli", "codeCache.js"));
  const recorder = recordCodeCache(root);
  const { main: renaksi } = require(path.join(lib, "cli", "main.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-code-cache-"));
  const io = { out: () => {}, err: () => {}, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
  try {
    const plan = path.join(dir, "plan.xlsx");
    const meta = path.join(dir, "meta.json");
    fs.writeFileSync(meta, JSON.stringify({
      pemerintah: "PEMERINTAH KABUPATEN CONTOH", instansi: "DINAS CONTOH", penetap: "KEPALA DINAS CONTOH", tempat: "Contoh",
      penandatangan: { jabatan: "KEPALA DINAS CONTOH" },
    }));
    const runs = [
      ["template", "-o", plan, "--year", String(new Date().getFullYear() + 1), "--prefill"],
      ["validate", plan],
      ["validate", plan, "--json"],
      ["fill", plan, "-o", path.join(dir, "filled.xlsx")],
      ["decree", plan, "--meta", meta, "-o", path.join(dir, "decree.xlsx")],
    ];
    for (const argv of runs) {
      const code = await renaksi(argv, io);
      if (code > 1) throw new Error(`renaksi ${argv[0]} ended with ${code}`);
    }
    console.log(`lib/code-cache.bin: ${recorder.write()} modules`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`code cache not made (the CLI works without it, only slower to start): ${e.message}`);
});

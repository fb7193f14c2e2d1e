#!/usr/bin/env node
"use strict";
/** Build examples/*.xlsx from the readable sources in examples/src/*.tsv. */
const fs = require("fs");
const path = require("path");
const { workbookFromSource } = require("./sheet-source");

async function main() {
  const dir = path.join(__dirname, "..", "examples");
  for (const f of fs.readdirSync(path.join(dir, "src")).filter((x) => x.endsWith(".tsv"))) {
    const wb = workbookFromSource(fs.readFileSync(path.join(dir, "src", f), "utf8"));
    const out = path.join(dir, f.replace(/\.tsv$/, ".xlsx"));
    await wb.xlsx.writeFile(out);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}
main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

/**
 * The example plan as the repository builds it (examples/src/*.tsv through
 * scripts/sheet-source.js, as `npm run demo` does): tests must not depend on
 * examples/*.xlsx, which is build output and absent from a fresh clone.
 */
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

export const EXAMPLE_SOURCE = path.join(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv");

let built: Promise<Uint8Array> | null = null;

/** The example's .xlsx bytes (built once per test file). */
export function exampleBytes(): Promise<Uint8Array> {
  built ??= (async () => {
    const wb = workbookFromSource(fs.readFileSync(EXAMPLE_SOURCE, "utf8"));
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  })();
  return built;
}

/** The example written into `dir`; its path. */
export async function exampleFile(dir: string, name = "rencana-aksi-dinkop-nganjuk-2022.xlsx"): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await exampleBytes());
  return file;
}

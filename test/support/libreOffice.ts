/**
 * LibreOffice for the tests that need a second spreadsheet engine: whether it is installed, and
 * a workbook recomputed by it (headless conversion to .xlsx, which stores every formula's result).
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";

export function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** The .xlsx at `file` opened, recomputed and saved again by LibreOffice (into dir/lo-out); its bytes. */
export function recalculated(file: string, dir: string): Uint8Array {
  const out = path.join(dir, "lo-out");
  fs.mkdirSync(out, { recursive: true });
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/lo-profile`, "--convert-to", "xlsx", "--outdir", out, file], { stdio: "ignore", timeout: 180_000 });
  return new Uint8Array(fs.readFileSync(path.join(out, path.basename(file).replace(/\.\w+$/, ".xlsx"))));
}

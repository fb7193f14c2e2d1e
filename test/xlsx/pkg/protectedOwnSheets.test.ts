/**
 * The add-in's own sheets (the monitoring sheet, the Keputusan), protected afterwards by the
 * office (Review > Protect Sheet). When the plan gains an indicator, preparing monitoring again
 * makes its sheet anew (monitoringAgain.test.ts); decree run again updates its Keputusan. Neither
 * may silently drop the user's protection: either it is refused with nothing written, or the
 * sheet made again is protected as it was.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { prepareMonitoring } from "../../../src/app/monitoring";
import { main } from "../../../src/cli/main";
import type { CellEdit } from "../../../src/core/edits";
import type { CellValue } from "../../../src/core/grid";
import { exampleBytes } from "../../support/example";
import { bytesOf, xlsxFromBytes } from "../../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
const SOURCE = fs.readFileSync(path.join(__dirname, "../../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");
const edit = (sheet: string, row: number, col: number, value: CellValue): CellEdit => ({ sheet, row, col, value, previous: { value: null, format: "General" } });

const PROTECTION = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

test("a protected monitoring sheet is not made again without its protection", async () => {
  const wb = xlsxFromBytes(await bytesOf(workbookFromSource(SOURCE)));
  const sheet = (await prepareMonitoring(wb)).sheet!;
  const part = wb.book.sheets().find((s) => s.name === sheet)!.path!;

  // The office protects the monitoring sheet (every cell locked: Excel's default) and saves.
  const parts = unzipSync(wb.save());
  parts[part] = strToU8(strFromU8(parts[part]).replace(/<\/sheetData>/, `</sheetData>${PROTECTION}`));
  const again = xlsxFromBytes(zipSync(parts));
  expect(again.book.sheetPart(part).protected).toBe(true);

  // The plan gains an indicator under its last Sub Kegiatan (row 18), as in monitoringAgain.test.ts.
  await again.applyEdits([edit("Lampiran I", 17, 5, "Jumlah laporan gaji yang disusun"), edit("Lampiran I", 17, 6, "12 Laporan"), ...[3, 6, 9, 12].map((v, q) => edit("Lampiran I", 17, 7 + q, v))]);
  const before = again.book.text(part);
  let refused = false;
  try {
    await prepareMonitoring(again);
  } catch {
    refused = true;
  }
  const after = again.book.text(part) ?? "";
  const isProtected = /<(?:\w+:)?sheetProtection\b[^>]*\bsheet="(1|true)"/.test(after);
  const outcome = refused ? (after === before ? "refused, nothing written" : "refused, yet written") : isProtected ? "made again, protected" : "made again without its protection";
  expect(["refused, nothing written", "made again, protected"]).toContain(outcome);
});

test("a protected Keputusan sheet is not updated without its protection by decree run again", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-protdec-"));
  try {
    const io = { out: () => undefined, err: () => undefined, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
    const meta = path.join(__dirname, "../../fixtures/meta/dinkop-nganjuk-2022.json");
    const plan = path.join(dir, "plan.xlsx");
    fs.writeFileSync(plan, await exampleBytes());
    expect(await main(["decree", plan, "--meta", meta, "-o", path.join(dir, "first.xlsx"), "--lang", "en"], io)).toBe(0);

    // The office protects the Keputusan sheet, its text untouched (so decree still knows it as its own).
    const first = xlsxFromBytes(new Uint8Array(fs.readFileSync(path.join(dir, "first.xlsx"))));
    const part = first.book.sheets().find((s) => s.name === "Keputusan")!.path!;
    const parts = unzipSync(first.save());
    parts[part] = strToU8(strFromU8(parts[part]).replace(/<\/sheetData>/, `</sheetData>${PROTECTION}`));
    fs.writeFileSync(path.join(dir, "protected.xlsx"), zipSync(parts));

    const output = path.join(dir, "again.xlsx");
    const code = await main(["decree", path.join(dir, "protected.xlsx"), "--meta", meta, "-o", output, "--lang", "en"], io);
    const after = fs.existsSync(output) ? strFromU8(unzipSync(new Uint8Array(fs.readFileSync(output)))[part]) : null;
    const outcome = after === null ? (code === 2 ? "refused, nothing written" : "no output") : /<(?:\w+:)?sheetProtection\b[^>]*\bsheet="(1|true)"/.test(after) ? "updated, protected" : "updated without its protection";
    expect(["refused, nothing written", "updated, protected"]).toContain(outcome);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The add-in's own sheets, protected by the office afterwards, are treated as a protected plan
 * sheet is: never rewritten. Making the Keputusan or the monitoring sheet again, and undoing a
 * decree rerun, are refused with the sheet named and why; the sheet, its protection and the state
 * record stay as they were (nothing half-written in the workbook the preview keeps open).
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { createDecree } from "../../src/app/decree";
import { undoDecree } from "../../src/app/decreeSheet";
import { prepareMonitoring } from "../../src/app/monitoring";
import { DECREE_SHEET_KEY, emptyMeta, mergeMeta, type DecreeMeta } from "../../src/core/decree";
import { MONITORING_KEY } from "../../src/core/monitoring";
import type { CellEdit } from "../../src/core/edits";
import type { CellValue } from "../../src/core/grid";
import { msg } from "../../src/core/i18n";
import { XlsxWorkbookError } from "../../src/xlsx/errors";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { openSource, reopen } from "./fillSupport";

const SEED = fs.readFileSync(path.resolve(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
const MIXED = fs.readFileSync(path.resolve(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");
const json: unknown = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8"));
const meta = (nomor: string): DecreeMeta => ({ ...mergeMeta(emptyMeta(), json).meta, nomor });
const decree = (wb: XlsxWorkbook, nomor: string) => createDecree(wb, meta(nomor), { paper: "a4", today: "2024-06-01" });

/** The workbook saved and opened again with `sheet` protected (Review > Protect Sheet: every cell locked). */
async function protect(wb: XlsxWorkbook, sheet: string): Promise<{ wb: XlsxWorkbook; part: string }> {
  const part = wb.book.sheets().find((s) => s.name === sheet)!.path!;
  const parts = unzipSync(wb.save());
  parts[part] = strToU8(strFromU8(parts[part]).replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'));
  return { wb: await reopen(zipSync(parts)), part };
}

/** What the call threw: the adapter's refusal in both languages. */
async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e instanceof XlsxWorkbookError ? e.text : e;
  }
  return "not refused";
}

describe("a protected sheet of the add-in's own", () => {
  it("Keputusan: a rerun and its undo are refused, the sheet and the record as they were", async () => {
    const first = await openSource(SEED);
    await decree(first, "1/2022");
    await decree(first, "2/2022"); // one rerun to undo
    const { wb, part } = await protect(first, "Keputusan");
    const before = { text: wb.book.text(part), record: await wb.loadState(DECREE_SHEET_KEY) };
    const expected = msg("workbook.sheetProtected", { sheet: "Keputusan" });
    expect(await refusal(decree(wb, "3/2022"))).toEqual(expected);
    expect(await refusal(undoDecree(wb))).toEqual(expected);
    expect({ text: wb.book.text(part), record: await wb.loadState(DECREE_SHEET_KEY) }).toEqual(before);
    expect(expected.en).toMatch(/Sheet "Keputusan" is protected.*remove its protection/);
  });

  it("monitoring: made again for a new indicator is refused, the sheet and the record as they were", async () => {
    const first = await openSource(MIXED);
    const sheet = (await prepareMonitoring(first)).sheet!;
    const { wb, part } = await protect(first, sheet);
    // The plan gains an indicator under its last Sub Kegiatan (row 18), as in monitoringAgain.test.ts.
    const edit = (col: number, value: CellValue): CellEdit => ({ sheet: "Lampiran I", row: 17, col, value, previous: { value: null, format: "General" } });
    await wb.applyEdits([edit(5, "Jumlah laporan gaji yang disusun"), edit(6, "12 Laporan"), ...[3, 6, 9, 12].map((v, q) => edit(7 + q, v))]);
    const before = { text: wb.book.text(part), record: await wb.loadState(MONITORING_KEY) };
    expect(await refusal(prepareMonitoring(wb))).toEqual(msg("workbook.sheetProtected", { sheet }));
    expect({ text: wb.book.text(part), record: await wb.loadState(MONITORING_KEY) }).toEqual(before);
  });
});

/**
 * A workbook written by a program that does not calculate (openpyxl, report generators) stores
 * formulas with no cached value: `<c r="E5"><f>I5</f></c>`, or openpyxl's `<f>I5</f><v />`. Excel and
 * LibreOffice compute them on open; Renaksi cannot, so it must not judge the rows resting on them
 * (no false "no quantity" or quarter errors), say so once per table (layout.uncomputed), and fill
 * must leave such a row with its reason. The same plan saved with cached values (Excel's way)
 * gives no such warning and the usual findings.
 */
import { previewFill } from "../../../src/app/fill";
import { validateWorkbook } from "../../../src/app/validate";
import { rangeToA1 } from "../../../src/core/grid";
import { loadWorkbook } from "../../../src/xlsx/load";
import { smallPlanBytes, unzipParts, zipParts } from "./pkgHelpers";

const SHEET = "xl/worksheets/sheet1.xml";

/** The plan as Excel saves it: every formula with its cached value. */
async function cachedParts(): Promise<Record<string, string>> {
  const bytes = await smallPlanBytes(
    [
      [1, "Meningkatnya pelayanan", "Jumlah laporan yang disusun", "Laporan", 8, 2, 4, 6, 8],
      [2, "Meningkatnya pelayanan", "Jumlah dokumen yang diterbitkan", "Dokumen", { formula: "I5", result: 12 }, 3, 6, 9, 12],
      [3, "Meningkatnya pelayanan", "Jumlah kegiatan", "Kegiatan", 4, 1, 2, 3, { formula: "E6", result: 4 }],
      // A target computed, quarters still to fill.
      [4, "Meningkatnya pelayanan", "Jumlah rapat koordinasi", "Rapat", { formula: "2*6", result: 12 }],
      // A real mistake, kept in both cases: 1 / 2 / 3 / 5 of 4 Pelatihan.
      [5, "Meningkatnya pelayanan", "Jumlah pelatihan", "Pelatihan", 4, 1, 2, 3, 5],
    ],
    // A formula outside the table's columns: not the plan's business.
    (ws) => (ws.getCell("K1").value = { formula: "1+1", result: 2 }),
  );
  return unzipParts(bytes);
}

/** The same package as a non-calculating writer leaves it: each formula cell's <v> removed (or emptied, as openpyxl does). */
function uncomputedParts(parts: Record<string, string>, empty: string): Record<string, string> {
  const xml = parts[SHEET];
  const stripped = xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, `$1${empty}`);
  expect(stripped).not.toBe(xml);
  expect(stripped).not.toMatch(/<\/f><v>[^<]/);
  return { ...parts, [SHEET]: stripped };
}

async function check(parts: Record<string, string>) {
  const loaded = loadWorkbook(zipParts(parts));
  if (!loaded.ok) throw new Error("not loaded");
  const { findings } = await validateWorkbook(loaded.workbook);
  const fill = await previewFill(loaded.workbook, { strategy: { kind: "auto" }, columns: "both", overwrite: false });
  const overwrite = await previewFill(loaded.workbook, { strategy: { kind: "auto" }, columns: "both", overwrite: true });
  const grid = await loaded.workbook.readGrid("Rencana Aksi");
  return { findings, fill, overwrite, grid, at: findings.map((f) => `${f.severity} ${f.rule}@${rangeToA1(f.range)}`) };
}

const FORMULA_CELLS = ["E5", "I6", "E7", "K1"];
const written = (edits: { row: number; col: number }[]) => edits.map((e) => rangeToA1({ top: e.row, left: e.col, bottom: e.row, right: e.col }));

describe.each([
  ["no <v> at all", ""],
  ["an empty <v /> (openpyxl)", "<v />"],
])("a plan whose formulas hold no computed value: %s", (_name, empty) => {
  it("lists them in the grid, judges none of their rows and warns once at the first", async () => {
    const r = await check(uncomputedParts(await cachedParts(), empty));
    expect((r.grid.uncomputed ?? []).map(rangeToA1).sort()).toEqual(["E5", "E7", "I6", "K1"]);
    // No false error: the rows resting on E5, I6 and E7 are not judged.
    expect(r.findings.filter((f) => f.severity === "error").map((f) => rangeToA1(f.range))).toEqual(["F8:I8"]);
    expect(r.findings.filter((f) => f.range.top >= 4 && f.range.top <= 6 && (f.rule as string) !== "layout.uncomputed")).toEqual([]);
    const warnings = r.findings.filter((f) => (f.rule as string) === "layout.uncomputed");
    expect(warnings.map((f) => `${f.severity}@${rangeToA1(f.range)}`)).toEqual(["warning@E5"]);
    // K1 lies outside the table: three cells count.
    expect(warnings[0].message.en).toBe(
      "3 formula cells of the table hold no computed value (the file was saved by a program that does not calculate formulas). Renaksi cannot read them, so it did not check the targets and quarters that rest on them (formulas in other columns read as empty).",
    );
    expect(warnings[0].message.id).toMatch(/^3 sel rumus di tabel tidak menyimpan hasil hitungan/);
    expect(warnings[0].hint?.en).toContain("Open the file in Excel or LibreOffice and save it");
  });

  it("fill leaves the row with the uncomputed target, says why, and writes no formula cell", async () => {
    const r = await check(uncomputedParts(await cachedParts(), empty));
    const left = r.fill.preview.skipped.find((s) => s.row === 6);
    expect(left?.reason).toBe("uncomputed");
    expect(left?.message.en).toBe(
      "Row 7 (Target Kinerja (performance)): its annual target or a quarter cell is a formula holding no computed value (the file was saved by a program that does not calculate formulas), so its value is not known; the row was left as it is. Open and save the file in Excel or LibreOffice, then fill again.",
    );
    expect(left?.message.id).toContain("Baris 7 (Target Kinerja)");
    for (const plan of [r.fill, r.overwrite]) {
      expect(written(plan.edits).filter((a) => a.endsWith("7"))).toEqual([]);
      expect(written(plan.edits).filter((a) => FORMULA_CELLS.includes(a))).toEqual([]);
    }
  });
});

describe("the same plan saved with cached values (Excel's way)", () => {
  it("gives no such warning and the usual findings; fill computes the row from its target", async () => {
    const r = await check(await cachedParts());
    expect(r.grid.uncomputed).toBeUndefined();
    expect(r.at.filter((a) => a.includes("uncomputed"))).toEqual([]);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => rangeToA1(f.range))).toEqual(["F8:I8"]);
    expect(r.fill.preview.skipped.map((s) => s.reason)).not.toContain("uncomputed");
    const row7 = r.fill.edits.filter((e) => e.row === 6).map((e) => e.value);
    expect(row7).toEqual([3, 6, 9, 12]);
  });
});

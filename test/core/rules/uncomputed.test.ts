/**
 * Formula cells saved with no computed value (Grid.uncomputed, set by the .xlsx adapter): the engine
 * reads them as nothing, so it must not judge what rests on them (a target, a Satuan, a quarter
 * cell), keep every other finding, and say so once per table (layout.uncomputed).
 */
import { analyzeGrids } from "../../../src/core/analyze";
import { gridFromRows, parseA1, type CellValue, type Grid } from "../../../src/core/grid";
import { validate } from "../../../src/core/rules";
import { planFill } from "../../../src/core/fill";
import { where } from "./support";

const HEAD: CellValue[][] = [
  ["RENCANA AKSI TAHUN 2026", null, null, null, null, null, null, null, null, null],
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Target Triwulan", null, null, null, "Keterangan"],
  [null, null, null, null, null, "I", "II", "III", "IV", null],
];

/** Rows 4.. of the plan (row 4 first); `blank`: A1 cells written by a non-calculating program (read as nothing), listed in grid.uncomputed when `listed`. */
function gridOf(rows: CellValue[][], blank: string[], listed = true): Grid {
  const values = [...HEAD, ...rows].map((r) => r.slice());
  for (const a of blank) {
    const c = parseA1(a);
    if (!c) throw new Error(a);
    values[c.row][c.col] = null;
  }
  const grid = gridFromRows("Rencana Aksi", values, { merges: [{ top: 1, left: 5, bottom: 1, right: 8 }] });
  if (listed) grid.uncomputed = blank.map((a) => parseA1(a)).map((c) => ({ top: c!.row, left: c!.col, bottom: c!.row, right: c!.col }));
  return grid;
}

function findings(grid: Grid) {
  const { plans } = analyzeGrids([grid]);
  expect(plans).toHaveLength(1);
  return validate(plans[0]);
}

const ROWS: CellValue[][] = [
  [1, "Meningkatnya pelayanan", "Jumlah laporan yang disusun", "Laporan", 8, 2, 4, 6, 8, null],
  [2, "Meningkatnya pelayanan", "Jumlah dokumen yang diterbitkan", "Dokumen", 12, 3, 6, 9, 12, null],
  [3, "Meningkatnya pelayanan", "Jumlah kegiatan", "Kegiatan", 4, 1, 2, 3, 4, null],
  [4, "Meningkatnya pelayanan", "Jumlah pelatihan", "Pelatihan", 4, 1, 2, 3, 5, null],
];

describe("layout.uncomputed and the rows resting on uncomputed formulas", () => {
  it("is silent on a grid that lists none, and the same blanks read as typed give the usual errors", () => {
    expect(where(findings(gridOf(ROWS, [])))).toEqual(["percent.noConvention@F7:I7"]);
    // What main said of such a file: an empty target and an empty quarter judged as written (the
    // quarters of a target with only its Satuan's unit are left to target.noQuantity).
    expect(where(findings(gridOf(ROWS, ["E5", "I6"], false)))).toEqual([
      "target.noQuantity@E5", "percent.noConvention@F6:I6", "percent.noConvention@F7:I7",
    ]);
  });

  it("judges neither an uncomputed target nor an uncomputed quarter, keeps the rest, warns once at the first cell", () => {
    const found = findings(gridOf(ROWS, ["E5", "I6"]));
    expect(where(found)).toEqual(["layout.uncomputed@E5", "percent.noConvention@F7:I7"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toMatch(/^2 formula cells of the table hold no computed value/);
    expect(found[0].hint?.id).toContain("Excel atau LibreOffice");
  });

  it("takes an uncomputed Satuan for an unknown target, and says one cell in the singular", () => {
    const found = findings(gridOf(ROWS, ["D5"]));
    expect(where(found)).toEqual(["layout.uncomputed@D5", "percent.noConvention@F7:I7"]);
    expect(found[0].message.en).toMatch(/^1 formula cell of the table holds no computed value/);
  });

  it("keeps a finding on an uncomputed quarter's row that rests on its readable target", () => {
    const rows = ROWS.map((r) => r.slice());
    rows[2][4] = "Kegiatan"; // a target without a quantity: an error whatever the quarters say
    const found = findings(gridOf(rows, ["I6"]));
    expect(where(found)).toEqual(["target.noQuantity@E6", "layout.uncomputed@I6", "percent.noConvention@F7:I7"]);
  });

  it("makes no row of an uncomputed target alone (a total between the rows), and fill reports none", () => {
    const rows = [ROWS[0], [null, null, null, null, null, null, null, null, null, null], ...ROWS.slice(1)];
    const grid = gridOf(rows, ["E5"]);
    const { plans } = analyzeGrids([grid]);
    expect(plans[0].rows.map((r) => r.row + 1)).toEqual([4, 6, 7, 8]);
    expect(where(validate(plans[0]))).toEqual(["layout.uncomputed@E5", "percent.noConvention@F8:I8"]);
    const fill = planFill(plans[0], { strategy: { kind: "auto" }, columns: "both", overwrite: true });
    expect(fill.preview.skipped.map((x) => x.reason)).not.toContain("uncomputed");
    expect(fill.edits.filter((e) => e.row === 4)).toEqual([]);
  });

  it("lets no row resting on an uncomputed formula vote for the table's convention, in the rules or in fill", () => {
    const rows: CellValue[][] = [
      [1, "Meningkatnya pelayanan", "Jumlah laporan yang disusun", "Laporan", 8, 2, 4, 6, 8, null],
      [2, "Meningkatnya pelayanan", "Persentase layanan tepat waktu", "%", null, "25%", "25%", "25%", "25%", null],
      [3, "Meningkatnya pelayanan", "Persentase aduan selesai", "%", null, "25%", "25%", "25%", "25%", null],
      [4, "Meningkatnya pelayanan", "Jumlah rapat koordinasi", "Rapat", 12, null, null, null, null, null],
    ];
    const { plans } = analyzeGrids([gridOf(rows, ["E5", "E6"])]);
    expect(where(validate(plans[0]))).toEqual(["layout.uncomputed@E5", "percent.noQuarters@F7:I7"]);
    const fill = planFill(plans[0], { strategy: { kind: "auto" }, columns: "both", overwrite: false });
    expect(fill.preview.conventions.map((c) => c.convention)).toEqual(["unitsCumulative"]);
    expect(fill.edits.filter((e) => e.row === 6).map((e) => e.value)).toEqual([3, 6, 9, 12]);
  });

  it("counts no formula outside the table's data rows and columns", () => {
    const rows = ROWS.map((r) => r.slice());
    rows[1].push(null); // K5: a column beside the table, with no header
    const grid = gridOf(rows, ["J5"]);
    // J is Keterangan, a recognized column: counted; the title row, a header cell and a column outside the table are not.
    grid.uncomputed!.push(...["D1", "K3", "K5"].map((a) => parseA1(a)!).map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col })));
    const found = findings(grid);
    expect(where(found)).toEqual(["layout.uncomputed@J5", "percent.noConvention@F7:I7"]);
    expect(found[0].message.en).toMatch(/^1 formula cell/);
    grid.uncomputed!.shift();
    expect(where(findings(grid))).toEqual(["percent.noConvention@F7:I7"]);
  });
});

/**
 * Quantities written beside a target that groups its thousands ("125.000.000.000" as #,##0, a Rupiah
 * format, or text) take that grouping; other rows are written as before.
 */
import { analyzeGrids } from "../../../src/core/analyze";
import { planFill, type FillPlan } from "../../../src/core/fill";
import { fitAmountFormat } from "../../../src/core/fill/amountFormat";
import { gridsFromSource } from "../../support/sourceGrid";
import { options } from "./table";

interface Row {
  indikator: string;
  satuan: string;
  target: string;
  targetFormat?: string;
  k?: string[];
}

const FIRST = 4;

function fill(rows: Row[]): FillPlan {
  const lines = ["#sheet Rencana Aksi", "#merge A2:A3 B2:B3 C2:C3 D2:D3 E2:E3 F2:I2"];
  rows.forEach((r, i) => {
    if (r.targetFormat) lines.push(`#format E${FIRST + i} ${r.targetFormat}`);
  });
  lines.push("#at A1", "RENCANA AKSI TAHUN 2026");
  lines.push(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Target Kinerja", "", "", ""].join("\t"));
  lines.push(["", "", "", "", "", "I", "II", "III", "IV"].join("\t"));
  rows.forEach((r, i) => lines.push([String(i + 1), "Meningkatnya pengelolaan keuangan", r.indikator, r.satuan, r.target, ...(r.k ?? ["", "", "", ""])].join("\t")));
  const { plans } = analyzeGrids(gridsFromSource(lines.join("\n")));
  return planFill(plans[0], options({ columns: "kinerja" }));
}

/** The formats written on an Excel row (undefined: the cell keeps its own). */
const formatsOn = (fp: FillPlan, excelRow: number): (string | undefined)[] =>
  fp.edits.filter((e) => e.row === excelRow - 1).sort((a, b) => a.col - b.col).map((e) => e.format);

describe("the fill's quantities beside a target grouping its thousands", () => {
  const fp = fill([
    { indikator: "Realisasi Anggaran Belanja Daerah", satuan: "Rupiah", target: "125000000000", targetFormat: "#,##0" },
    { indikator: "Anggaran Belanja Modal", satuan: "Rupiah", target: "12500000000", targetFormat: '"Rp"#,##0' },
    { indikator: "Jumlah Anggaran PAD", satuan: "Rp", target: "'Rp 48.500.000.000" },
    { indikator: "Jumlah dokumen anggaran", satuan: "Dokumen", target: "12", k: ["3", "6", "9", "12"] },
    { indikator: "Jumlah laporan keuangan", satuan: "Laporan", target: "4" },
    { indikator: "Jumlah pegawai", satuan: "Orang", target: "1250" },
  ]);

  it("writes them in the target cell's format, or #,##0 beside a target written as grouped text", () => {
    expect(formatsOn(fp, FIRST)).toEqual(["#,##0", "#,##0", "#,##0", "#,##0"]);
    expect(formatsOn(fp, FIRST + 1)).toEqual(Array(4).fill('"Rp"#,##0'));
    expect(formatsOn(fp, FIRST + 2)).toEqual(Array(4).fill("#,##0"));
  });

  it("leaves rows whose target shows no grouping as they were written", () => {
    expect(formatsOn(fp, FIRST + 4)).toEqual([undefined, undefined, undefined, undefined]);
    expect(formatsOn(fp, FIRST + 5)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("gives the format the decimals the values need", () => {
    expect(fitAmountFormat("#,##0", [312.5, 625, 937.5, 1250])).toBe("#,##0.00");
    expect(fitAmountFormat("#,##0", [31250000000, 125000000000])).toBe("#,##0");
  });
});

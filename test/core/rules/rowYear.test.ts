import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids, summarizeTable } from "../../../src/core/analyze";
import { validateAnalysis } from "../../../src/core/rules";

/** A Perjanjian Kinerja table as e-SAKIP exports it, with its Tahun column; `years` one per indicator row. */
function plan(title: string, years: string[]): string {
  const rows = years.map((y, i) => `${i + 1}\tMeningkatnya kualitas layanan ${i + 1}\tPersentase layanan tepat waktu ${i + 1}\t${y}\t%\t90\tPelayanan terpadu\t90\t90\t90\t90\tKepala Dinas`);
  return [
    "#sheet RA",
    title,
    "DINAS CONTOH",
    "No\tSasaran\tIndikator\tTahun\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan I\tTarget Triwulan II\tTarget Triwulan III\tTarget Triwulan IV\tPenanggung Jawab",
    ...rows,
  ].join("\n");
}

function yearFindings(source: string): string[] {
  return validateAnalysis(analyzeGrids(gridsFromSource(source)))
    .filter((f) => f.rule === "layout.rowYear")
    .map((f) => `${f.severity} ${f.range.top + 1}: ${f.message.en}`);
}

describe("the Tahun column", () => {
  it("is read as the rows' year, not as a target or a name", () => {
    const [t] = analyzeGrids(gridsFromSource(plan("RENCANA AKSI TAHUN 2026", ["2026", "2026"]))).plans.map(summarizeTable);
    expect(t.columns).toMatchObject({ tahun: "D", satuan: "E", target: "F" });
    expect(t.counts).toMatchObject({ sasaran: 2, indikator: 2 });
  });

  it("warns on a row whose year is not the plan's (a row copied from another year's plan)", () => {
    expect(yearFindings(plan("RENCANA AKSI TAHUN 2026", ["2026", "2025", "2026", " 2025 "]))).toEqual([
      "warning 5: The Tahun column of this row says 2025, but the plan is for 2026: a row copied from another year's plan brings that year's targets.",
      "warning 7: The Tahun column of this row says 2025, but the plan is for 2026: a row copied from another year's plan brings that year's targets.",
    ]);
  });

  it("without a year in the title, goes by the year most rows give; says nothing on a tie or on cells that are no year", () => {
    expect(yearFindings(plan("RENCANA AKSI", ["2026", "2026", "2025"])).map((s) => s.slice(0, 10))).toEqual(["warning 6:"]);
    expect(yearFindings(plan("RENCANA AKSI", ["2026", "2025"]))).toEqual([]);
    expect(yearFindings(plan("RENCANA AKSI TAHUN 2026", ["2026", "", "-", "2026/2027"]))).toEqual([]);
  });
});

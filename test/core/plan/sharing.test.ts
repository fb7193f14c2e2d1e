/**
 * A guard on the engine's speed that is not a timer: a large table repeats a handful of
 * quarter texts and values, and the engine must read each once and share what it reads.
 * If readings stop being shared (or quarter analyses stop sharing their arrays), the
 * number of distinct objects grows with the rows and these tests fail.
 */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { buildContext } from "../../../src/core/rules";
import type { NumberReading } from "../../../src/core/numbers";
import type { Plan } from "../../../src/core/plan/types";

const ROWS = 10_000;
const TEXT_QUARTERS = [["25%", "50%", "75%", "100%"], ["25 %", "25 %", "25 %", "25 %"], ["-", "-", "10%", "100%"]];
const NUMBER_QUARTERS = [[0.25, 0.5, 0.75, 1], [0, 0, 1, 1], [0.1, 0.3, 0.6, 1]];

/** A Lampiran of ROWS indicator rows under one Sasaran, Program and Kegiatan: Kinerja as text, Pelaksanaan as numbers. */
function largeSource(): string {
  const lines = [
    "#sheet Renaksi",
    `#merge A1:N1 A3:A4 B3:B4 C3:D3 E3:E4 F3:I3 J3:M3 N3:N4`,
    `#format J5:M${ROWS + 7} 0%`,
    "RENCANA AKSI TAHUN 2025",
    "",
    "Sasaran\tProgram\tKegiatan / Sub Kegiatan\t\tTarget\tTarget Kinerja\t\t\t\tTarget Pelaksanaan\t\t\t\tKeterangan",
    "\t\tUraian\tIndikator\t\tTW I\tTW II\tTW III\tTW IV\tTW I\tTW II\tTW III\tTW IV\t",
    "Sasaran 1 Meningkatnya kualitas layanan\t1. Program Penunjang Urusan Pemerintahan Daerah\tA. Administrasi Umum Perangkat Daerah",
  ];
  for (let i = 0; i < ROWS; i++) {
    const text = TEXT_QUARTERS[i % 3].map((t) => `'${t}`);
    const numbers = NUMBER_QUARTERS[(i >> 1) % 3].map(String);
    lines.push(["", "", "", `Jumlah dokumen ${i + 1}`, `${(i % 12) + 1} Dokumen`, ...text, ...numbers].join("\t"));
  }
  return lines.join("\n");
}

describe("a 10,000-row table repeating a few quarter texts and values", () => {
  const { plans } = analyzeGrids(gridsFromSource(largeSource()));
  const plan: Plan = plans[0];

  it("is parsed whole", () => {
    expect(plans).toHaveLength(1);
    expect(plan.rows.filter((r) => r.indikator !== null)).toHaveLength(ROWS);
  });

  it("reads each distinct quarter text and value once: a handful of reading objects for 80,000 cells", () => {
    const readings = new Set<NumberReading>();
    let cells = 0;
    for (const row of plan.rows) {
      for (const set of Object.values(row.quarterSets())) {
        for (const r of set.readings()) readings.add(r);
        cells += set.readings().length;
      }
    }
    expect(cells).toBeGreaterThanOrEqual(ROWS * 8);
    // One reading per distinct text, per distinct value, and one for the empty cells of the heading row.
    const distinctTexts = new Set(TEXT_QUARTERS.flat()).size;
    const distinctValues = new Set(NUMBER_QUARTERS.flat()).size;
    expect(readings.size).toBeLessThanOrEqual(distinctTexts + distinctValues + 1);
  });

  it("analyses every quarter set once, the analyses sharing their flag, index and fits arrays", () => {
    const ctx = buildContext(plan);
    const sets = plan.rows.reduce((n, r) => n + Object.keys(r.quarterSets()).length, 0);
    expect(ctx.quarters).toHaveLength(sets);
    const analyses = Array.from({ length: ctx.quarters.length }, (_, e) => ctx.quarters.analysis(e));
    for (const field of ["empty", "percentCells", "invalid", "fits"] as const) {
      const distinct = new Set(analyses.map((a) => a[field]));
      expect(distinct.size).toBeLessThanOrEqual(16);
    }
  });

  it("keeps one target object per distinct target text, each row knowing its own target cell", () => {
    const targets = new Set(plan.rows.map((r) => r.target).filter((t) => t !== null));
    expect(targets.size).toBe(12); // "1 Dokumen" .. "12 Dokumen"
    for (const row of plan.rows.slice(0, 50)) {
      if (row.target) expect(row.targetCell()).toEqual({ row: row.row, col: plan.recognition.columns.target });
    }
  });
});

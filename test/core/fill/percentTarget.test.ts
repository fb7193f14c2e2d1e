/**
 * A row whose quarters are quantities of a percentage target (a units convention, or a level row)
 * and that writes none of its quarters yet is written the way its target cell holds the
 * percentage: 0.85 shown "85%" gives 0.2125 ... 0.85 in a percent format, a bare 85 under Satuan "%"
 * gives 21.25 ... 85. Quarter IV is then the target cell's own number, for every strategy, never a
 * hundred times it (or a hundredth) for the formulas that read the cells.
 */
import fc from "fast-check";
import { analyzeGrids } from "../../../src/core/analyze";
import type { CellEdit } from "../../../src/core/edits";
import { planFill, type FillPlan, type FillStrategy } from "../../../src/core/fill";
import type { Grid, RangeRef } from "../../../src/core/grid";
import { readCell } from "../../../src/core/numbers";
import { analyzeQuarters } from "../../../src/core/quarters/convention";
import { formatDecimals } from "../../../src/core/numbers/format";
import { validate } from "../../../src/core/rules";
import { displayText } from "../../../src/xlsx/display";
import { gridsFromSource } from "../../support/sourceGrid";
import { applyToGrid } from "../../reliability/support/wellFormed";
import { options } from "./table";

type Cell = string | number | null;

interface Row {
  indikator: string;
  satuan: string;
  target: number | string;
  targetFormat?: string;
  k?: Cell[];
  kFormat?: string;
  p?: Cell[];
  pFormat?: string;
}

const FIRST = 4; // Excel row of the first data row
const K = [5, 6, 7, 8]; // F..I (0-based)
const P = [9, 10, 11, 12]; // J..M

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : v);

/** A PK-like table: No | Sasaran | Indikator | Satuan | Target | Target Kinerja I-IV | Target Pelaksanaan I-IV. */
function table(rows: Row[]): Grid[] {
  const lines = ["#sheet Rencana Aksi", "#merge A2:A3 B2:B3 C2:C3 D2:D3 E2:E3 F2:I2 J2:M2"];
  rows.forEach((r, i) => {
    const n = FIRST + i;
    if (r.targetFormat) lines.push(`#format E${n} ${r.targetFormat}`);
    if (r.kFormat) lines.push(`#format F${n}:I${n} ${r.kFormat}`);
    if (r.pFormat) lines.push(`#format J${n}:M${n} ${r.pFormat}`);
  });
  lines.push("#at A1", "RENCANA AKSI TAHUN 2026");
  lines.push(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Target Kinerja", "", "", "", "Target Pelaksanaan", "", "", ""].join("\t"));
  lines.push(["", "", "", "", "", "I", "II", "III", "IV", "I", "II", "III", "IV"].join("\t"));
  rows.forEach((r, i) => {
    const k = r.k ?? [null, null, null, null];
    const p = r.p ?? [null, null, null, null];
    lines.push([String(i + 1), "Meningkatnya pelayanan", r.indikator, r.satuan, text(r.target), ...k.map(text), ...p.map(text)].join("\t"));
  });
  return gridsFromSource(lines.join("\n"));
}

const count = (k: Cell[] = [2, 4, 6, 8], p: Cell[] = k): Row => ({ indikator: "Jumlah kegiatan", satuan: "Kegiatan", target: 8, k, p });
const share = (target: number | string, extra: Partial<Row> = {}): Row => ({
  indikator: "Persentase pelaku usaha yang naik kelas", satuan: "%", target, ...extra,
});

function fillOf(grids: Grid[], strategy: FillStrategy = { kind: "auto" }, columns: "both" | "kinerja" | "pelaksanaan" = "both"): FillPlan {
  const [plan] = analyzeGrids(grids).plans;
  if (!plan) throw new Error("table not recognized");
  return planFill(plan, options({ strategy, columns }));
}

/** What the fill writes into the four cells of a group on an Excel row: value and format (format undefined: the cell's own kept). */
function written(fp: FillPlan, excelRow: number, cols = K): { value: unknown; format: string | undefined }[] {
  return cols.map((c) => {
    const e = fp.edits.find((x) => x.row === excelRow - 1 && x.col === c);
    return { value: e?.value, format: e?.format };
  });
}

/** The grid with the edits applied, written cells showing what Excel shows for them. */
function applied(grid: Grid, edits: readonly CellEdit[]): Grid {
  const { values, formats } = applyToGrid(grid, edits);
  const texts = grid.text.map((r) => r.slice());
  for (const e of edits) texts[e.row][e.col] = displayText(values[e.row][e.col], formats[e.row][e.col]);
  return { ...grid, values, formats, text: texts };
}

/**
 * The findings of the filled table on the cells the fill wrote on an Excel row (the table's summary
 * of its readings, percent.mixedReadings, stands wherever the rows that read otherwise are: left out).
 */
function findingsOn(grid: Grid, edits: readonly CellEdit[], excelRow: number): string[] {
  const [plan] = analyzeGrids([applied(grid, edits)]).plans;
  const row = edits.filter((e) => e.row === excelRow - 1);
  const onWritten = (r: RangeRef) => row.some((e) => e.row >= r.top && e.row <= r.bottom && e.col >= r.left && e.col <= r.right);
  return validate(plan).filter((f) => f.rule !== "percent.mixedReadings" && onWritten(f.range)).map((f) => `${f.rule}: ${f.message.en}`);
}

describe("a percentage target held by a number, in a table that writes its quarters in target units", () => {
  it("0.85 shown \"85%\": quarter IV is 0.85 in a percent format, I-III the matching fractions, and validate finds nothing", () => {
    const grids = table([count(), share(0.85, { targetFormat: "0%" })]);
    const fp = fillOf(grids, { kind: "auto" }, "kinerja");
    // "0%" would show 21.25 as "21%" beside "85%": the row gets "0.00%"
    expect(written(fp, FIRST + 1)).toEqual([
      { value: 0.2125, format: "0.00%" }, { value: 0.425, format: "0.00%" }, { value: 0.6375, format: "0.00%" }, { value: 0.85, format: "0.00%" },
    ]);
    expect(fp.preview.examples.find((e) => e.row === FIRST)?.after.map((t) => t.id)).toEqual(["21,25%", "42,5%", "63,75%", "85%"]);
    expect(findingsOn(grids[0], fp.edits, FIRST + 1)).toEqual([]);
  });

  it("keeps the target's own format where it shows the values (80% in quarters of 20%)", () => {
    const fp = fillOf(table([count(), share(0.8, { targetFormat: "0%" })]), { kind: "auto" }, "kinerja");
    expect(written(fp, FIRST + 1)).toEqual([0.2, 0.4, 0.6, 0.8].map((value) => ({ value, format: "0%" })));
  });

  it("a level row (lower is better) holds the target cell's number every quarter, in its format", () => {
    const grids = table([count(), { indikator: "Persentase penduduk miskin", satuan: "%", target: 0.085, targetFormat: "0.0%" }]);
    const fp = fillOf(grids, { kind: "auto" }, "kinerja");
    expect(fp.preview.levelRows).toBe(1);
    expect(written(fp, FIRST + 1)).toEqual([0.085, 0.085, 0.085, 0.085].map((value) => ({ value, format: "0.0%" })));
    expect(findingsOn(grids[0], fp.edits, FIRST + 1)).toEqual([]);
  });

  it("a bare 85 under Satuan \"%\" is written in bare numbers, also where the table writes percent-formatted ones", () => {
    const scaled = share(0.9, { targetFormat: "0%", k: [0.225, 0.45, 0.675, 0.9], kFormat: "0.00%" });
    const grids = table([scaled, scaled, share(85)]);
    const fp = fillOf(grids, { kind: "auto" }, "kinerja");
    expect(written(fp, FIRST + 2)).toEqual([21.25, 42.5, 63.75, 85].map((value) => ({ value, format: undefined })));
    expect(findingsOn(grids[0], fp.edits, FIRST + 2)).toEqual([]);
  });

  it("a bare 85 under Satuan \"%\" beside rows of plain numbers keeps their format", () => {
    const fp = fillOf(table([count([2, 4, 6, 8]), share(85)].map((r) => ({ ...r, kFormat: "0.00" }))), { kind: "auto" }, "kinerja");
    expect(written(fp, FIRST + 1)).toEqual([21.25, 42.5, 63.75, 85].map((value) => ({ value, format: undefined })));
  });

  it("85 shown \"85%\" by a literal '0\"%\"' format: numbers in percent units, the format given decimals", () => {
    const fp = fillOf(table([count(), share(85, { targetFormat: '0"%"' })]), { kind: "auto" }, "kinerja");
    expect(written(fp, FIRST + 1)).toEqual([21.25, 42.5, 63.75, 85].map((value) => ({ value, format: '0.00"%"' })));
  });

  it("a row that already writes some of its quarters keeps its own way (bare 21.25 / 42.5 beside \"85%\")", () => {
    const fp = fillOf(table([count(), share(0.85, { targetFormat: "0%", k: [21.25, 42.5, null, null] })]), { kind: "auto" }, "kinerja");
    expect(written(fp, FIRST + 1).map((w) => w.value)).toEqual([undefined, undefined, 63.75, 85]);
  });

  it("a row whose other group writes its quarters is written as that group writes them", () => {
    const grids = table([count(), share(0.85, { targetFormat: "0%", k: [0.2125, 0.425, 0.6375, 0.85], kFormat: "0.0%" })]);
    const fp = fillOf(grids, { kind: "auto" }, "pelaksanaan");
    expect(written(fp, FIRST + 1, P)).toEqual([0.2125, 0.425, 0.6375, 0.85].map((value) => ({ value, format: "0.0%" })));
    // the user's bare 21.25 / ... / 85 beside "85%" on Kinerja: Pelaksanaan alike (the row is one way, whatever it is)
    const bare = fillOf(table([count(), share(0.85, { targetFormat: "0%", k: [21.25, 42.5, 63.75, 85] })]), { kind: "auto" }, "pelaksanaan");
    expect(written(bare, FIRST + 1, P).map((w) => w.value)).toEqual([21.25, 42.5, 63.75, 85]);
  });

  it("text \"85%\" shows no number to follow: the table's way", () => {
    const fp = fillOf(table([count(), share("85%")]), { kind: "auto" }, "kinerja");
    expect(written(fp, FIRST + 1).map((w) => w.value)).toEqual([21.25, 42.5, 63.75, 85]);
  });
});

describe("percentages of progress are the table's, whatever the target cell holds", () => {
  it("25% / 50% / 75% / 100% of the work beside a target 0.85 shown \"85%\", written as the table writes them", () => {
    const progress: Row = { indikator: "Jumlah kegiatan", satuan: "Kegiatan", target: 8, k: [25, 50, 75, 100] };
    const grids = table([progress, progress, share(0.85, { targetFormat: "0%" })]);
    const fp = fillOf(grids, { kind: "auto" }, "kinerja");
    expect(fp.preview.conventions.find((c) => c.group === "kinerja")?.convention).toBe("percentCumulative");
    expect(written(fp, FIRST + 2).map((w) => w.value)).toEqual([25, 50, 75, 100]);
  });

  it("a level row among them holds its target, which is the target cell's number (0.095 shown \"9,5%\", never 9.5)", () => {
    const progress: Row = { indikator: "Jumlah kegiatan", satuan: "Kegiatan", target: 8, k: [25, 50, 75, 100] };
    const level: Row = { indikator: "Persentase penduduk miskin", satuan: "%", target: 0.095, targetFormat: "0.0%" };
    const grids = table([progress, progress, level]);
    const fp = fillOf(grids, { kind: "auto" }, "kinerja");
    expect(written(fp, FIRST + 2)).toEqual([0.095, 0.095, 0.095, 0.095].map((value) => ({ value, format: "0.0%" })));
    expect(findingsOn(grids[0], fp.edits, FIRST + 2)).toEqual([]);
  });
});

describe("every strategy writes a percentage target's quarters in its target cell's scale (property)", () => {
  const holders = [
    { name: "0%", format: "0%", scaled: true },
    { name: "0.0%", format: "0.0%", scaled: true },
    { name: "0.00%", format: "0.00%", scaled: true },
    { name: "two sections", format: "0.00%;-0.00%", scaled: true },
    { name: "bare under Satuan %", format: undefined, scaled: false },
  ] as const;
  const tableWays = ["bare", "scaled"] as const;

  it("the written numbers are the target cell's number times the share each quarter reads, shown as they are, and validate finds nothing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(...holders), fc.constantFrom(...tableWays), fc.boolean(),
        fc.oneof(
          fc.constant<FillStrategy>({ kind: "auto" }), fc.constant<FillStrategy>({ kind: "even" }), fc.constant<FillStrategy>({ kind: "months" }),
          fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }).filter((w) => w.some((x) => x > 0))
            // never falling (10 / 20 / 30 / 40): parts that rise and fall are percent.partsRiseFall, whatever the representation
            .map((w): FillStrategy => ({ kind: "weights", weights: [...w].sort((a, b) => a - b) })),
          fc.constant<FillStrategy>({ kind: "copy" }),
        ),
        (cents, holder, way, cumulative, strategy) => {
          const percent = cents / 100;
          const raw = holder.scaled ? cents / 10_000 : percent;
          const other = cumulative ? [2, 4, 6, 8] : [2, 2, 2, 2];
          const others: Row = way === "bare" ? count(other) : share(0.08, { targetFormat: "0%", k: other.map((v) => v / 100), kFormat: "0.00%", p: other.map((v) => v / 100), pFormat: "0.00%" });
          // copy: the row's Kinerja holds the target in TW IV as the target cell holds it (a percent format that
          // shows it); Pelaksanaan is copied from it, the way Kinerja writes
          const copy = strategy.kind === "copy";
          const source = !copy ? undefined : [0, 0, 0, raw];
          const row = share(raw, { targetFormat: holder.format, k: source, kFormat: copy && holder.scaled ? "0.00%" : undefined });
          const grids = table([others, others, row]);
          const fp = fillOf(grids, strategy, copy ? "pelaksanaan" : "kinerja");
          const cells = written(fp, FIRST + 2, copy ? P : K);
          const writes = cells.filter((w) => w.value !== undefined);
          expect(writes.length).toBe(4);
          const readings = writes.map((w) => readCell(w.value as number, "", w.format ?? "General"));
          for (let q = 0; q < 4; q++) {
            const r = readings[q];
            if (r.kind !== "number") throw new Error(`quarter ${q + 1} does not read as a number`);
            // the cell's number in the target cell's scale: x / raw = reading / percent
            expect((writes[q].value as number) * percent).toBeCloseTo(r.value * raw, 9);
            // the format shows the value as it is (no 21% for 21.25%)
            const shown = writes[q].format ?? "General";
            if (shown !== "General") expect(formatDecimals(shown)).toBeGreaterThanOrEqual(decimals(r.value));
          }
          if (cumulative && !copy) expect(writes[3].value).toBe(raw);
          // Read back, the row reaches its target in the table's convention, and validation finds no error on it.
          // (Its warnings on the shape of the values, such as parts that rise and fall under weights 0 / 0 / 1 / 0 or
          // the rounding of a 0,02% target, are the weights' and the split's, in any representation: not this property's.)
          const filled = analyzeGrids([applied(grids[0], fp.edits)]).plans[0];
          const planRow = filled.rows.find((r) => r.row === FIRST + 1);
          const set = planRow?.quarterSet(copy ? "pelaksanaan" : "kinerja");
          if (!planRow || !set) throw new Error("row not read back");
          expect(analyzeQuarters(set, planRow.target).fits).toContain(cumulative ? "unitsCumulative" : "unitsPerQuarter");
          expect(validate(filled).filter((f) => f.severity === "error" && f.range.top === FIRST + 1)).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });
});

function decimals(x: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return 6;
}

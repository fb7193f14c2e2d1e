/**
 * Small Rencana Aksi tables for the fill tests, written as sheet sources
 * (scripts/sheet-source.js) and parsed like real sheets.
 *
 * Layout (row 1-2 header, data from row 3):
 *   A Program/Kegiatan/Sub Kegiatan | B Indikator | C Target | D-G Target Kinerja I-IV | H-K Target Pelaksanaan I-IV
 */
import { gridsFromSource } from "../../support/sourceGrid";
import { GridView, type CellValue, type Grid } from "../../../src/core/grid";
import { recognize } from "../../../src/core/layout/recognize";
import { parsePlan } from "../../../src/core/plan/parse";
import type { Plan } from "../../../src/core/plan/types";

export type Cell = string | number | null;

export interface MiniRow {
  name?: string;
  indikator?: string;
  target?: string;
  k?: Cell[];
  p?: Cell[];
  /** Number format of the quarter cells of this row (D..K), e.g. "0.00%". */
  format?: string;
  /** Number format of the Kinerja (D..G) or Pelaksanaan (H..K) cells only. */
  kFormat?: string;
  pFormat?: string;
}

export const KINERJA = ["D", "E", "F", "G"];
export const PELAKSANAAN = ["H", "I", "J", "K"];
export const FIRST_DATA_ROW = 3; // Excel row number

function cell(v: Cell | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : /^-?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
}

export function miniSource(rows: MiniRow[], opts: { kinerjaHeader?: string; sheet?: string; merges?: string[] } = {}): string {
  const lines = [
    `#sheet ${opts.sheet ?? "Lampiran"}`,
    `#merge A1:A2 B1:B2 C1:C2 D1:G1 H1:K1 ${(opts.merges ?? []).join(" ")}`.trim(),
  ];
  rows.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    if (r.format) lines.push(`#format D${row}:K${row} ${r.format}`);
    if (r.kFormat) lines.push(`#format D${row}:G${row} ${r.kFormat}`);
    if (r.pFormat) lines.push(`#format H${row}:K${row} ${r.pFormat}`);
  });
  lines.push("#at A1");
  lines.push(["Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", opts.kinerjaHeader ?? "Target Kinerja", "", "", "", "Target Pelaksanaan", "", "", ""].join("\t"));
  lines.push(["", "", "", "I", "II", "III", "IV", "I", "II", "III", "IV"].join("\t"));
  for (const r of rows) {
    const k = r.k ?? [null, null, null, null];
    const p = r.p ?? [null, null, null, null];
    lines.push([r.name ?? "", r.indikator ?? "", r.target ?? "", ...k.map(cell), ...p.map(cell)].join("\t"));
  }
  return lines.join("\n");
}

export function planOf(grid: Grid): Plan {
  const view = new GridView(grid);
  const r = recognize(grid, view);
  if (!r.ok) throw new Error("test table not recognized");
  return parsePlan(view, r.recognition);
}

export function mini(rows: MiniRow[], opts: Parameters<typeof miniSource>[1] = {}): { grid: Grid; plan: Plan; view: GridView } {
  const [grid] = gridsFromSource(miniSource(rows, opts));
  const plan = planOf(grid);
  return { grid, plan, view: plan.view };
}

/** An indicator row with a target and empty quarter cells. */
export function indicator(target: string, extra: Partial<MiniRow> = {}): MiniRow {
  return { name: "1) Sub kegiatan", indikator: "Jumlah dokumen", target, ...extra };
}

/** Excel address -> 0-based row/col. */
export function at(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
}

export function valueAt(grid: Grid, a1: string): CellValue {
  const { row, col } = at(a1);
  return new GridView(grid).rawValue(row, col);
}

import type { FillOptions, FillPlan } from "../../../src/core/fill";

export function options(partial: Partial<FillOptions> = {}): FillOptions {
  return { strategy: { kind: "auto" }, columns: "both", overwrite: false, ...partial };
}

/** The values a fill writes on an Excel row, by column letter ("D".."K"); absent = not written. */
export function writtenOn(fp: FillPlan, excelRow: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of fp.edits) if (e.row === excelRow - 1) out[String.fromCharCode(65 + e.col)] = e.value;
  return out;
}

/** The four values written into a group's columns on an Excel row (undefined where not written). */
export function quartersOn(fp: FillPlan, excelRow: number, cols: string[] = KINERJA): unknown[] {
  const w = writtenOn(fp, excelRow);
  return cols.map((c) => w[c]);
}

/**
 * A generated plan in a generated layout as a Grid (display text as the xlsx
 * adapter makes it), with what recognition and parsing must find in it.
 */
import type { CellValue, Grid, RangeRef } from "../../../src/core/grid";
import type { ColumnRole } from "../../../src/core/layout/types";
import type { PlanCounts } from "../../../src/core/plan/types";
import { displayText } from "../../../src/xlsx/display";
import type { Layout, PlanSpec } from "./planSpec";
import { renderBody } from "./renderBody";
import { headerCells, layoutColumns } from "./renderHeader";

export interface Expected {
  headerTop: number;
  headerRows: number;
  dataTop: number;
  dataBottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  counts: PlanCounts;
  year: number | null;
  office: string | null;
}

export interface Rendered {
  grid: Grid;
  expected: Expected;
}

class Sheet {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  readonly merges: RangeRef[] = [];

  set(row: number, col: number, value: CellValue, format = "General"): void {
    while (this.values.length <= row) {
      this.values.push([]);
      this.formats.push([]);
    }
    this.values[row][col] = value;
    this.formats[row][col] = format;
  }

  /** Rectangular from A1, or from the used range's top-left (as the xlsx adapter reads it). */
  grid(sheet: string, trim: boolean): Grid {
    const width = Math.max(0, ...this.values.map((r) => r.length), ...this.merges.map((m) => m.right + 1));
    const height = Math.max(this.values.length, ...this.merges.map((m) => m.bottom + 1));
    let top = 0;
    let left = 0;
    if (trim) {
      const used = (r: number, c: number) => this.values[r]?.[c] !== undefined && this.values[r][c] !== null;
      top = Math.min(...this.merges.map((m) => m.top), ...this.values.map((row, r) => (row.some((_, c) => used(r, c)) ? r : Infinity)));
      left = Math.min(...this.merges.map((m) => m.left), ...this.values.flatMap((row, r) => row.map((_, c) => (used(r, c) ? c : Infinity))));
    }
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    for (let r = top; r < height; r++) {
      values.push(Array.from({ length: width - left }, (_, i) => this.values[r]?.[left + i] ?? null));
      formats.push(Array.from({ length: width - left }, (_, i) => this.formats[r]?.[left + i] ?? "General"));
    }
    const text = values.map((row, r) => row.map((v, c) => displayText(v, formats[r][c])));
    return { sheet, origin: { row: top, col: left }, values, text, formats, merges: this.merges, hiddenRows: [], hiddenCols: [] };
  }
}

export function renderPlan(spec: PlanSpec, l: Layout, sheet = "Lampiran"): Rendered {
  const s = new Sheet();
  const cols = layoutColumns(l);
  const left = l.offset.cols;
  const right = left + cols.length - 1;
  let r = l.offset.rows;
  if (l.title) {
    if (l.title.lampiran) {
      const at = left + Math.max(0, cols.length - 5);
      ["Lampiran I : KEPUTUSAN KEPALA PERANGKAT DAERAH", `NOMOR 188 / 001 / ${l.title.year}`, `Tanggal 10 Januari ${l.title.year}`].forEach((t) => s.set(r++, at, t));
      r++;
    }
    s.set(r, left, `RENCANA AKSI TAHUN ${l.title.year}`);
    s.set(r + 1, left, l.title.office);
    if (l.mergeHeader) s.merges.push({ top: r, left, bottom: r, right }, { top: r + 1, left, bottom: r + 1, right });
    r += 3;
  }
  const headerTop = r;
  const header = headerCells(l, cols, headerTop, left);
  header.rows.forEach((row, i) => row.forEach((v, c) => v !== null && s.set(headerTop + i, left + c, v)));
  s.merges.push(...header.merges);
  const dataTop = headerTop + header.rows.length;

  const colOf = new Map(cols.map((c, i) => [c.role, left + i]));
  const body = renderBody(spec, l);
  body.rows.forEach((row, i) => {
    for (const [role, cell] of row) {
      const c = colOf.get(role);
      if (c !== undefined) s.set(dataTop + i, c, cell.value, cell.format);
    }
  });
  for (const m of body.merges) {
    const c = colOf.get(m.role);
    if (c !== undefined) s.merges.push({ top: dataTop + m.top, left: c, bottom: dataTop + m.bottom, right: c });
  }
  const dataBottom = dataTop + body.rows.length - 1;
  if (l.signature) {
    const at = left + Math.max(0, cols.length - 3);
    ["Contoh, 10 Januari 2024", "KEPALA PERANGKAT DAERAH", "", "", "NAMA KEPALA, S.E.", "NIP. 197001011995031001"].forEach((t, i) => t && s.set(dataBottom + 2 + i, at, t));
  }
  return {
    grid: s.grid(sheet, l.trim),
    expected: {
      headerTop, headerRows: l.headerRows, dataTop, dataBottom,
      columns: Object.fromEntries(colOf), counts: body.counts,
      year: l.title?.year ?? null, office: l.title?.office ?? null,
    },
  };
}

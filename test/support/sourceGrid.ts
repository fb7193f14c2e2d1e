/**
 * Grids straight from the readable sheet sources (scripts/sheet-source.js), without ExcelJS:
 * for engine tests. Number formats from #format directives are kept; display text of a
 * number is its plain string unless the format is a percent.
 */
import * as fs from "fs";
import * as path from "path";
import type { CellValue, Grid, RangeRef } from "../../src/core/grid";
import { parseRangeA1 } from "../../src/core/grid";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseSource } = require("../../scripts/sheet-source.js") as {
  parseSource(text: string): {
    name: string;
    rows: { row: number; col: number; cells: (string | number | null)[] }[];
    merges: string[];
    formats: { range: string; format: string }[];
    hiddenRows: number[];
  }[];
};

export function gridsFromSource(text: string): Grid[] {
  return parseSource(text).map((s) => {
    let rows = 0;
    let cols = 0;
    for (const r of s.rows) {
      rows = Math.max(rows, r.row);
      cols = Math.max(cols, r.col + r.cells.length - 1);
    }
    const merges = s.merges.map((m) => parseRangeA1(m) as RangeRef);
    for (const m of merges) {
      rows = Math.max(rows, m.bottom + 1);
      cols = Math.max(cols, m.right + 1);
    }
    const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
    const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
    for (const r of s.rows) r.cells.forEach((v, i) => (values[r.row - 1][r.col - 1 + i] = v));
    for (const f of s.formats) {
      const rg = parseRangeA1(f.range) as RangeRef;
      for (let r = rg.top; r <= rg.bottom && r < rows; r++)
        for (let c = rg.left; c <= rg.right && c < cols; c++) formats[r][c] = f.format;
    }
    const text = values.map((row, r) =>
      row.map((v, c) => {
        if (v === null) return "";
        if (typeof v === "number" && formats[r][c].includes("%")) return `${Math.round(v * 10000) / 100}%`;
        return String(v);
      }),
    );
    return { sheet: s.name, origin: { row: 0, col: 0 }, values, text, formats, merges, hiddenRows: s.hiddenRows.map((r) => r - 1) };
  });
}

export function gridsFromFile(file: string): Grid[] {
  return gridsFromSource(fs.readFileSync(path.resolve(__dirname, "..", "..", file), "utf8"));
}

import type { RangeRef } from "../core/grid";
import type { CellFill } from "../core/state/marks";
import { OPERATION_OVERHEAD_BYTES, type SyncBatcher } from "./budget";
import { groupRects, type Rect } from "./rects";

export interface CellPos {
  row: number;
  col: number;
}

const FILL_LOAD: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};
/** Response bytes of one cell's fill properties ({"format":{"fill":{...5 properties}}} is about 115). */
const FILL_BYTES_PER_CELL = 130;
/** Request bytes of one fill write: range path, format and fill paths, two or three property sets. */
const FILL_WRITE_BYTES = 500;

/**
 * Queue the reading of the fills of the given cells of one sheet, one
 * getCellProperties call per rectangle (per-cell values even where a range
 * would report a mixed fill as null). The returned function maps "row:col" to
 * the fill after the batcher's flush.
 */
export async function queueFillReads(
  ws: Excel.Worksheet,
  cells: readonly CellPos[],
  batcher: SyncBatcher,
): Promise<() => Map<string, CellFill>> {
  const rects = groupRects(cells.map((c) => ({ ...c, data: true })));
  const results: { range: RangeRef; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  for (const rect of rects) {
    const r = rect.range;
    const n = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    await batcher.reserve(n * FILL_BYTES_PER_CELL + OPERATION_OVERHEAD_BYTES);
    const props = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).getCellProperties(FILL_LOAD);
    results.push({ range: r, props });
  }
  return () => {
    const out = new Map<string, CellFill>();
    for (const { range, props } of results) {
      props.value.forEach((row, i) =>
        row.forEach((cell, j) => out.set(`${range.top + i}:${range.left + j}`, savedFill(cell.format?.fill))),
      );
    }
    return out;
  };
}

/**
 * The patterns RangeFill.pattern takes: every Excel.FillPattern but
 * LinearGradient and RectangularGradient, which getCellProperties reports and
 * Office.js cannot set (a write of one fails the whole sync).
 */
const WRITABLE_PATTERNS: ReadonlySet<string> = new Set([
  "None", "Solid", "Gray50", "Gray75", "Gray25", "Horizontal", "Vertical", "Down", "Up", "Checker", "SemiGray75",
  "LightHorizontal", "LightVertical", "LightDown", "LightUp", "Grid", "CrissCross", "Gray16", "Gray8",
]);

/**
 * A fill Office.js can write: a gradient (or any pattern it does not take)
 * becomes its colour, solid, as the xlsx adapter records a gradient; with no
 * colour, no fill. The nearest Excel allows, never a failed write.
 */
export function writableFill(f: CellFill): CellFill {
  if (WRITABLE_PATTERNS.has(f.pattern)) return f;
  if (!f.color) return { pattern: "None" };
  const solid: CellFill = { pattern: "Solid", color: f.color };
  if (f.tint !== undefined) solid.tint = f.tint;
  return solid;
}

/** A cell's fill as Office.js reports it, enough to put it back exactly (a gradient: see writableFill). */
export function savedFill(fill: Excel.CellPropertiesFill | undefined): CellFill {
  const pattern = fill?.pattern ?? "None";
  if (pattern === "None") return { pattern: "None" };
  if (!WRITABLE_PATTERNS.has(pattern)) return writableFill({ pattern, color: fill?.color || undefined, tint: fill?.tintAndShade || undefined });
  const saved: CellFill = { pattern: String(pattern) };
  if (fill?.color) saved.color = fill.color;
  // A solid fill has no visible pattern colour; other patterns need theirs.
  if (fill?.patternColor && pattern !== "Solid") saved.patternColor = fill.patternColor;
  if (typeof fill?.tintAndShade === "number" && fill.tintAndShade !== 0) saved.tint = fill.tintAndShade;
  if (typeof fill?.patternTintAndShade === "number" && fill.patternTintAndShade !== 0) saved.patternTint = fill.patternTintAndShade;
  return saved;
}

/** Queue fills for cells of one sheet, grouped into rectangles of equal fill. */
export async function queueFillWrites(
  ws: Excel.Worksheet,
  cells: readonly (CellPos & { fill: CellFill })[],
  batcher: SyncBatcher,
): Promise<void> {
  const rects: Rect<CellFill>[] = groupRects(
    cells.map((c) => ({ row: c.row, col: c.col, data: writableFill(c.fill) })),
    (f) => JSON.stringify(f),
  );
  for (const rect of rects) {
    await batcher.reserve(FILL_WRITE_BYTES);
    const r = rect.range;
    const fill = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).format.fill;
    const f = rect.data[0][0];
    if (f.pattern === "None") {
      fill.clear();
      continue;
    }
    if (f.color) fill.color = f.color;
    fill.pattern = f.pattern as Excel.FillPattern;
    if (f.patternColor) fill.patternColor = f.patternColor;
    if (f.tint !== undefined) fill.tintAndShade = f.tint;
    if (f.patternTint !== undefined) fill.patternTintAndShade = f.patternTint;
  }
}

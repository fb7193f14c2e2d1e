import type { Grid, RangeRef } from "../core/grid";
import { parseAreas } from "./address";

/** Where a sheet's data is (null: empty) and which of its rows and columns are hidden (when known). */
export interface Probe {
  used: RangeRef | null;
  hidden?: { rows: number[]; cols: number[] };
}

/**
 * Queue what a read needs to know before reading a sheet: the used range's
 * position and size (values only), and, with `visible`, the sheet's visible
 * cells (one RangeAreas address, from which hidden rows and columns follow).
 * The returned function gives the Probe after the sync.
 */
export function queueProbe(ws: Excel.Worksheet, visible: boolean): () => Probe {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const cells = visible ? ws.getRange().getSpecialCellsOrNullObject("Visible") : null;
  cells?.load("address,areaCount");
  return () => {
    const region = usedRef(used);
    if (!region || !cells || cells.isNullObject) return { used: region };
    // An address that is cut short (fewer areas than areaCount) tells nothing.
    const areas = parseAreas(cells.address);
    return areas && areas.length === cells.areaCount ? { used: region, hidden: hiddenWithin(region, areas) } : { used: region };
  };
}

function usedRef(r: Excel.Range): RangeRef | null {
  if (r.isNullObject || r.rowCount === 0 || r.columnCount === 0) return null;
  return { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 };
}

export function hiddenOf(probe: Probe): Pick<Grid, "hiddenRows" | "hiddenCols"> {
  return probe.hidden ? { hiddenRows: probe.hidden.rows, hiddenCols: probe.hidden.cols } : {};
}

/** Rows (columns) of the region covered by no visible area are hidden. */
export function hiddenWithin(region: RangeRef, visible: readonly RangeRef[]): { rows: number[]; cols: number[] } {
  const span = (lo: number, hi: number, pick: (a: RangeRef) => [number, number]): number[] => {
    const seen = new Uint8Array(hi - lo + 1);
    for (const a of visible) {
      const [from, to] = pick(a);
      for (let i = Math.max(from, lo); i <= Math.min(to, hi); i++) seen[i - lo] = 1;
    }
    const hidden: number[] = [];
    seen.forEach((v, i) => {
      if (!v) hidden.push(lo + i);
    });
    return hidden;
  };
  return {
    rows: span(region.top, region.bottom, (a) => [a.top, a.bottom]),
    cols: span(region.left, region.right, (a) => [a.left, a.right]),
  };
}

import type { RangeRef } from "../core/grid";
import { parseAreas } from "./address";

/**
 * Queue the lookup of the cells holding formulas in a region: one RangeAreas
 * (getSpecialCellsOrNullObject "Formulas", ExcelApi 1.9, within the manifest's
 * 1.13) with its address and area count, so the answer is a few bytes per
 * formula area, never the formulas themselves (loading `formulas` for the
 * whole region would double the response against Excel on the web's 5 MB).
 * The returned function gives, after the sync, the areas clipped to the region
 * (undefined when there are none). An address Excel cut short (fewer areas than
 * areaCount) cannot say which cells are free of formulas: then the whole region
 * counts as holding them, so nothing there is written over.
 */
export function queueFormulaCells(ws: Excel.Worksheet, region: RangeRef): () => RangeRef[] | undefined {
  const range = ws.getRangeByIndexes(region.top, region.left, region.bottom - region.top + 1, region.right - region.left + 1);
  const cells = range.getSpecialCellsOrNullObject("Formulas");
  cells.load("address,areaCount");
  return () => formulaAreas(cells, region);
}

/** What a synced lookup says (see queueFormulaCells). */
function formulaAreas(cells: Excel.RangeAreas, region: RangeRef): RangeRef[] | undefined {
  if (cells.isNullObject) return undefined;
  const areas = parseAreas(cells.address);
  if (!areas || areas.length !== cells.areaCount) return [{ ...region }];
  const clipped = areas.flatMap((a) => clip(a, region));
  return clipped.length > 0 ? clipped : undefined;
}

function clip(a: RangeRef, region: RangeRef): RangeRef[] {
  const r = { top: Math.max(a.top, region.top), left: Math.max(a.left, region.left), bottom: Math.min(a.bottom, region.bottom), right: Math.min(a.right, region.right) };
  return r.top <= r.bottom && r.left <= r.right ? [r] : [];
}

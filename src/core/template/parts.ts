import type { RangeRef } from "../grid";
import type { SpecCell, SpecRangeStyle, SpecValidation } from "../sheetspec";

/** A piece of a sheet (heading, header, body) before it is put together. */
export interface SpecPart {
  cells: SpecCell[];
  merges: RangeRef[];
  rangeStyles: SpecRangeStyle[];
  rowHeights: Record<number, number>;
  validations: SpecValidation[];
}

export function emptyPart(): SpecPart {
  return { cells: [], merges: [], rangeStyles: [], rowHeights: {}, validations: [] };
}

/** All parts in one, in order. */
export function joinParts(parts: readonly SpecPart[]): SpecPart {
  const out = emptyPart();
  for (const p of parts) {
    out.cells.push(...p.cells);
    out.merges.push(...p.merges);
    out.rangeStyles.push(...p.rangeStyles);
    out.validations.push(...p.validations);
    Object.assign(out.rowHeights, p.rowHeights);
  }
  return out;
}

export function range(top: number, left: number, bottom = top, right = left): RangeRef {
  return { top, left, bottom, right };
}

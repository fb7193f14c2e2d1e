import type { CSSProperties } from "react";
import type { CellLook } from "../../xlsx/styleSheet";

/** Screen pixels per point at 100 % zoom. */
export const PX_PER_PT = 96 / 72;
/** Excel's default column width (characters) and row height (points). */
export const DEFAULT_COL_WIDTH = 8.43;
export const DEFAULT_ROW_HEIGHT = 15;
const GRIDLINE = "1px solid #D9D9D9";

/** Column width in Excel character units to pixels (Calibri 11: 7 px per digit plus 5 px padding). */
export function columnPx(width: number | undefined): number {
  const w = width !== undefined && width >= 0 ? width : DEFAULT_COL_WIDTH;
  return w === 0 ? 0 : Math.round(w * 7 + 5);
}

export function rowPx(points: number | undefined): number {
  return Math.round((points !== undefined && points > 0 ? points : DEFAULT_ROW_HEIGHT) * PX_PER_PT);
}

export type Side = "top" | "left" | "bottom" | "right";
export const SIDES: readonly Side[] = ["top", "left", "bottom", "right"];
/** One side's border as the styles part gives it: its line style and colour ("#RRGGBB"; none: automatic, black). */
export type Edge = { style: string; color?: string };
export type Edges = Partial<Record<Side, Edge | undefined>>;

const BORDER_WIDTH: Record<string, string> = {
  thin: "1px solid", hair: "1px solid", dotted: "1px dotted", dashed: "1px dashed",
  dashDot: "1px dashed", dashDotDot: "1px dashed", slantDashDot: "2px dashed",
  medium: "2px solid", mediumDashed: "2px dashed", mediumDashDot: "2px dashed", mediumDashDotDot: "2px dashed",
  thick: "3px solid", double: "3px double",
};

function borderCss(b: Edge | undefined): string | undefined {
  if (!b?.style || b.style === "none") return undefined;
  return `${BORDER_WIDTH[b.style] ?? "1px solid"} ${b.color ?? "#000000"}`;
}

/** How a value aligns when the cell says "general": numbers right, logicals and errors centre, text left. */
export type ValueKind = "text" | "number" | "logical" | "empty";

export interface CellDraw {
  /** The cell's look (StyleSheet.look of its style). */
  look: CellLook | undefined;
  kind: ValueKind;
  /** Borders per side (a side may come from the neighbouring cell, as in Excel). */
  edges: Edges;
  gridlines: boolean;
  /** Text may run into the empty cell on its right (unwrapped, left-aligned). */
  overflow: boolean;
}

/** The CSS of one rendered cell: font, fill, alignment, wrapping, borders (gridlines where none). */
export function cellCss({ look, kind, edges, gridlines, overflow }: CellDraw): CSSProperties {
  const css: CSSProperties = {};
  if (look?.bold) css.fontWeight = 700;
  if (look?.italic) css.fontStyle = "italic";
  if (look?.underline || look?.strike) {
    css.textDecoration = [look.underline ? "underline" : "", look.strike ? "line-through" : ""].join(" ").trim();
  }
  if (look?.size) css.fontSize = `${look.size}pt`;
  if (look?.fontName) css.fontFamily = `"${look.fontName.replace(/"/g, "")}", "Liberation Sans", Arial, sans-serif`;
  if (look?.color && look.color !== "#000000") css.color = look.color;
  if (look?.fill) css.backgroundColor = look.fill;

  const h = look?.hAlign;
  css.textAlign =
    h === "center" || h === "centerContinuous" ? "center"
    : h === "right" ? "right"
    : h === "justify" || h === "distributed" ? "justify"
    : h === "left" || h === "fill" ? "left"
    : kind === "number" ? "right" : kind === "logical" ? "center" : "left";
  css.verticalAlign = look?.vAlign === "top" ? "top" : look?.vAlign === "middle" ? "middle" : "bottom";
  if (look?.indent) css.paddingLeft = `${2 + look.indent * 9}px`;
  if (look?.wrap) {
    css.whiteSpace = "pre-wrap";
    css.overflowWrap = "anywhere";
  } else {
    css.whiteSpace = "nowrap";
    css.overflow = overflow ? "visible" : "hidden";
  }

  for (const side of SIDES) {
    const b = borderCss(edges[side]);
    const prop = `border${side[0].toUpperCase()}${side.slice(1)}` as "borderTop";
    if (b) css[prop] = b;
    else css[prop] = gridlines ? GRIDLINE : "none";
  }
  return css;
}

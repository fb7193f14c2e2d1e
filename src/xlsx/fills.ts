import type * as ExcelJS from "exceljs";
import { NO_FILL, type CellFill } from "../core/state/marks";
import type { ColorResolver, PlainColor } from "./palette";

/**
 * A cell's ExcelJS fill in the marks record's words (CellFill: Office.js
 * pattern names, "#RRGGBB" colours, tints) and back. What those words cannot
 * say exactly (a theme colour, an explicit empty fill, a gradient) is also
 * kept as it was, in CellFill.file, so this adapter puts it back exactly
 * while Office.js gets the nearest fill it can set.
 */

/** Office.js pattern name -> the file's pattern name. */
const PATTERNS: Record<string, string> = {
  Solid: "solid", Gray50: "mediumGray", Gray75: "darkGray", Gray25: "lightGray",
  Horizontal: "darkHorizontal", Vertical: "darkVertical", Down: "darkDown", Up: "darkUp",
  Checker: "darkGrid", SemiGray75: "darkTrellis", LightHorizontal: "lightHorizontal", LightVertical: "lightVertical",
  LightDown: "lightDown", LightUp: "lightUp", Grid: "lightGrid", CrissCross: "lightTrellis", Gray16: "gray125", Gray8: "gray0625",
};
const OFFICE_PATTERNS: Record<string, string> = Object.fromEntries(Object.entries(PATTERNS).map(([office, file]) => [file, office]));

/** The record's form of a cell's fill (undefined: none). */
export function cellFillOf(fill: ExcelJS.Fill | undefined, resolve: ColorResolver): CellFill {
  if (!fill) return NO_FILL;
  const plain = plainFill(fill, resolve);
  return sameJson(excelFillOf(plain), fill) ? plain : { ...plain, file: JSON.parse(JSON.stringify(fill)) as unknown };
}

/** The ExcelJS fill of a record's fill (undefined: no fill): the file's own when kept. */
export function excelFillOf(fill: CellFill): ExcelJS.Fill | undefined {
  if (fill.file !== undefined) return JSON.parse(JSON.stringify(fill.file)) as ExcelJS.Fill;
  if (fill.pattern === "None") return undefined;
  const pattern = PATTERNS[fill.pattern] ?? "solid"; // a gradient or an unknown pattern: its colour, solid
  const out: ExcelJS.FillPattern = { type: "pattern", pattern: pattern as ExcelJS.FillPatterns };
  const main = color(fill.color, fill.tint);
  if (pattern === "solid") {
    if (main) out.fgColor = main;
    return out;
  }
  const fg = color(fill.patternColor, fill.patternTint);
  if (fg) out.fgColor = fg;
  if (main) out.bgColor = main;
  return out;
}

function plainFill(fill: ExcelJS.Fill, resolve: ColorResolver): CellFill {
  if (fill.type === "gradient") return withColor({ pattern: "Solid" }, "color", resolve(fill.stops?.[0]?.color));
  if (fill.pattern === "none" || !fill.pattern) return NO_FILL;
  const pattern = OFFICE_PATTERNS[fill.pattern] ?? "Solid";
  if (pattern === "Solid") return withColor({ pattern }, "color", resolve(fill.fgColor));
  return withColor(withColor({ pattern }, "color", resolve(fill.bgColor)), "patternColor", resolve(fill.fgColor));
}

function withColor(fill: CellFill, which: "color" | "patternColor", c: PlainColor | undefined): CellFill {
  if (!c) return fill;
  const out: CellFill = { ...fill, [which]: c.hex };
  if (c.tint !== 0) out[which === "color" ? "tint" : "patternTint"] = c.tint;
  return out;
}

function color(hex: string | undefined, tint: number | undefined): Partial<ExcelJS.Color> | undefined {
  if (!hex || !/^#?[0-9A-Fa-f]{6}$/.test(hex)) return undefined;
  const out: Partial<ExcelJS.Color> & { tint?: number } = { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
  if (tint) out.tint = tint;
  return out;
}

/** The same JSON, whatever the order of keys. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
  return v;
}

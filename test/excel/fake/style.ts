/**
 * range.format of the fake: any property set under it (font.bold, fill.color,
 * borders.getItem("EdgeTop").style, columnWidth, ...) is queued, then stored on
 * every cell of the range under its path and logged with the range's address.
 * fill.clear() removes the fill; setting fill.color makes a solid fill, as in Excel.
 * An enum property set to a value Office.js does not take (enums.ts) fails the sync.
 */
import type { RangeRef } from "../../../src/core/grid";
import { format } from "./address";
import type { FakeContext } from "./context";
import { checkStyle } from "./enums";
import { cellFor, type FakeSheet } from "./model";

type Target = () => { sheet: FakeSheet; ref: RangeRef };

function applyToCells(sheet: FakeSheet, ref: RangeRef, f: (style: Record<string, unknown>) => void): void {
  for (let r = ref.top; r <= ref.bottom; r++) for (let c = ref.left; c <= ref.right; c++) f(cellFor(sheet, r, c).style);
}

function setStyle(ctx: FakeContext, target: Target, key: string, value: unknown): void {
  ctx.enqueue({ requestBytes: 100 + JSON.stringify(value ?? null).length, run: () => {
    checkStyle(key, value);
    const { sheet, ref } = target();
    ctx.check("format", sheet.name);
    if (key === "columnWidth") for (let c = ref.left; c <= ref.right; c++) sheet.columnWidths.set(c, value as number);
    else if (key === "rowHeight") for (let r = ref.top; r <= ref.bottom; r++) sheet.rowHeights.set(r, value as number);
    else if (key === "fill.pattern" && value === "None") applyToCells(sheet, ref, clearFill);
    else {
      applyToCells(sheet, ref, (s) => {
        s[key] = value;
        if (key === "fill.color" && s["fill.pattern"] === undefined) s["fill.pattern"] = "Solid";
      });
    }
    ctx.log.push({ op: "format", sheet: sheet.name, address: format(ref), key, value });
  } });
}

function clearFill(style: Record<string, unknown>): void {
  for (const k of Object.keys(style)) if (k.startsWith("fill.")) delete style[k];
}

export function styleProxy(ctx: FakeContext, target: Target, prefix = ""): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, key) => {
      if (typeof key !== "string") return undefined;
      if (key === "clear" && prefix === "fill.") {
        return () =>
          ctx.enqueue({ requestBytes: 100, run: () => {
            const { sheet, ref } = target();
            ctx.check("format", sheet.name);
            applyToCells(sheet, ref, clearFill);
            ctx.log.push({ op: "format", sheet: sheet.name, address: format(ref), key: "fill.clear" });
          } });
      }
      if (key === "getItem") return (name: string) => styleProxy(ctx, target, `${prefix}${name}.`);
      return styleProxy(ctx, target, `${prefix}${key}.`);
    },
    set: (_t, key, value) => {
      setStyle(ctx, target, `${prefix}${String(key)}`, value);
      return true;
    },
  });
}

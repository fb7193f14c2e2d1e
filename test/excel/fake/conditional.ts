import type { RangeRef } from "../../../src/core/grid";
import type { FakeContext } from "./context";
import type { FakeSheet } from "./model";

/** A custom conditional format as the adapter sets it: the rule's formula, fill and font colours. */
export interface FakeConditionalFormat {
  range: RangeRef;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
}

/**
 * range.conditionalFormats: add("Custom") gives a format whose custom.rule.formula and
 * custom.format.fill.color / font.color are recorded on the sheet when the sync runs.
 */
export function conditionalFormatsProxy(ctx: FakeContext, target: () => { sheet: FakeSheet; ref: RangeRef }): { add(type: string): unknown } {
  return {
    add: (type: string) => {
      const made: FakeConditionalFormat = { range: { top: 0, left: 0, bottom: 0, right: 0 }, type };
      ctx.write({ op: "conditionalFormat", key: "add", value: type }, () => {
        if (type !== "Custom") throw new Error(`fake: conditional format type ${type} not supported`);
        const { sheet, ref } = target();
        made.range = ref;
        sheet.conditionalFormats.push(made);
      });
      const set = (key: "formula" | "fill" | "font") => (value: unknown) => ctx.write({ op: "conditionalFormat", key, value }, () => void (made[key] = String(value)));
      const colour = (key: "fill" | "font") => new Proxy({}, { set: (_t, p, v) => (p === "color" ? (set(key)(v), true) : false) });
      return { custom: { rule: new Proxy({}, { set: (_t, p, v) => (p === "formula" ? (set("formula")(v), true) : false) }), format: { fill: colour("fill"), font: colour("font") } } };
    },
  };
}

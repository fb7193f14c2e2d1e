import type { RangeRef } from "../grid";
import type { Params } from "../i18n";
import type { QuarterSet, Target } from "../plan/types";
import { clip, spanRange } from "./context";
import { targetText } from "./targets";

/** The four cells as written (each clipped), for a message: "21,25% ×4" or "0,5% / 11,2% / 4,8% / -". */
export function quoteQuarters(set: QuarterSet): string {
  const texts = set.texts().map((t) => (t ? clip(t, 40) : "-"));
  if (texts.every((t) => t === texts[0])) return `${texts[0]} ×4`;
  return texts.join(" / ");
}

export function quarterRange(set: QuarterSet): RangeRef {
  return spanRange(set.cells());
}

/** A row's target for a message: with its unit (target), as its cell writes it (raw), its quantity and unit. */
export function targetParams(target: Target | null): Params {
  const text = target ? targetText(target) || "-" : "-";
  return { target: text, raw: target?.raw.trim() || text, quantity: target?.quantity ?? 0, unit: target?.unit ?? "" };
}

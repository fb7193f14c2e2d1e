import type { RangeRef } from "../grid";
import type { QuarterSet } from "../plan/types";
import { clip, spanRange } from "./context";

/** The four cells as written (each clipped), for a message: "21,25% ×4" or "0,5% / 11,2% / 4,8% / -". */
export function quoteQuarters(set: QuarterSet): string {
  const texts = set.texts.map((t) => (t ? clip(t, 40) : "-"));
  if (texts.every((t) => t === texts[0])) return `${texts[0]} ×4`;
  return texts.join(" / ");
}

export function quarterRange(set: QuarterSet): RangeRef {
  return spanRange(set.cells);
}

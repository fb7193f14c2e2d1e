import type { GridView } from "../grid";
import { parseNumberText } from "../numbers";
import type { Recognition } from "./types";

/** The label of a total row: "JUMLAH", "Total Anggaran", "Jumlah Keseluruhan". */
const TOTAL = /^(?:sub ?)?(?:jumlah|total|grand total)(?: (?:anggaran|keseluruhan|total|seluruhnya))?\s*:?$/i;

/**
 * A total label that names what it sums ("JUMLAH KEGIATAN", "Sub Total Program", "Jumlah Program 1",
 * "TOTAL PAGU ANGGARAN", "Jumlah Sasaran II"): a total only when the rest of its row holds sums,
 * since an indicator may start with the same words ("Jumlah kegiatan yang dilaksanakan" does not
 * match: the label is made of these words alone).
 */
const NAMED_TOTAL =
  /^(?:sub ?total|jumlah|total|grand total)(?:\s+(?:anggaran|pagu|belanja|dana|keseluruhan|seluruhnya|total|akhir|program|kegiatan|sub ?kegiatan|sasaran|tujuan|bidang|urusan|rp\.?|[ivx]{1,4}\.?|\d+(?:\.\d+)*\.?|[a-z]\.?))+\s*:?$/i;

/** An amount: a number, or a number in Rupiah ("Rp 90.000.000", "Rp. 1.250.000,-"). */
const RUPIAH = /^rp\.?\s*/i;
function isAmount(view: GridView, row: number, col: number, text: string): boolean {
  if (typeof view.value(row, col) === "number") return true;
  const r = parseNumberText(text.replace(RUPIAH, "").replace(/(?:,-|\.-)$/, ""));
  return r.kind === "number" && !r.percent;
}

/**
 * Whether the row is a total ("JUMLAH" and the budget's sum): its first filled cell says so, alone
 * ("JUMLAH", "Total Anggaran") or naming what it sums ("JUMLAH KEGIATAN", "Sub Total Program") with
 * nothing but amounts after it and an empty Target cell (an indicator named "Jumlah Kegiatan" has a target).
 */
export function isTotalRow(view: GridView, rec: Pick<Recognition, "range" | "columns">, row: number): boolean {
  const tc = rec.columns.target;
  let named = false;
  for (let c = rec.range.left; c <= rec.range.right; c++) {
    if (view.isCovered(row, c)) continue; // merged from above or from the left: not this row's own text
    const t = view.text(row, c);
    if (!t) continue;
    if (named) {
      if (!isAmount(view, row, c, t)) return false;
      continue;
    }
    if (TOTAL.test(t)) return true;
    if (!NAMED_TOTAL.test(t) || (tc !== undefined && c !== tc && !view.isCovered(row, tc) && view.text(row, tc) !== "")) return false;
    named = true;
  }
  return named;
}

/**
 * Fields a decree may be printed without, to be filled in before it is signed: the number
 * (given by the registry when the decree is signed), the date of signing and the signer's
 * name. Left empty they print as a dotted blank, never as a guess; checkMeta warns about each.
 */
import { cloneMeta, type DecreeMeta } from "./meta";

/** The dotted blank of a form to fill in by hand. */
export const BLANK = "..............................";

/** The fields printed as BLANK when empty, by their CLI keys. */
export const FILL_IN = ["nomor", "tanggal", "penandatangan.nama"] as const;

/** A copy of `meta` with every empty FILL_IN field set to BLANK: what the decree and the annex heading print. */
export function printable(meta: DecreeMeta): DecreeMeta {
  const out = cloneMeta(meta);
  if (!out.nomor.trim()) out.nomor = BLANK;
  if (!out.tanggal.trim()) out.tanggal = BLANK;
  if (!out.penandatangan.nama.trim()) out.penandatangan.nama = BLANK;
  return out;
}

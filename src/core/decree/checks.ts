/** checkMeta: every problem of the decree metadata, each naming its field. */
import { msg } from "../i18n";
import { checkBasis, checkPenetap } from "./basisChecks";
import { FILL_IN } from "./blanks";
import { parseIsoDate, parseTanggalText, todayIso } from "./dates";
import { fieldLabel } from "./labels";
import { checkLimits } from "./limits";
import { LIST_FIELDS, type DecreeMeta, type ListField, type MetaIssue, type TextField } from "./meta";
import { checkNip, checkStatus } from "./signerChecks";
import { fromRoman } from "./words";

/**
 * Text fields without which the decree cannot be printed. The number, the date and the
 * signer's name are not among them: left empty they print as a dotted blank to fill in
 * before signing (blanks.ts, FILL_IN), with a warning each.
 */
export const REQUIRED_TEXT: readonly TextField[] = ["pemerintah", "instansi", "penetap", "tentang", "tempat"];
export const REQUIRED_SIGNER = ["jabatan"] as const;
/** Lists that need at least one item. */
export const REQUIRED_LISTS: readonly ListField[] = ["menimbang", "mengingat", "diktum"];

export interface CheckOptions {
  /** ISO date of today (for "appointment not in the future"); defaults to the local date. */
  today?: string;
  /** The plan's year, for the legal basis; default the year of `tanggal` (no basis checks without either). */
  year?: number | null;
}

function required(field: string): MetaIssue {
  return { field, severity: "error", message: msg("decree.check.required", { label: fieldLabel(field) }) };
}

function fillIn(meta: DecreeMeta): MetaIssue[] {
  const value = (field: string) => (field === "penandatangan.nama" ? meta.penandatangan.nama : meta[field as TextField]);
  return FILL_IN.filter((field) => value(field).trim() === "").map((field) => ({
    field, severity: "warning" as const, message: msg("decree.check.fillIn", { label: fieldLabel(field) }),
  }));
}

function checkLists(meta: DecreeMeta, oversized: ReadonlySet<ListField>): MetaIssue[] {
  const out: MetaIssue[] = [];
  for (const key of LIST_FIELDS) {
    if (oversized.has(key)) continue; // said once by checkLimits
    const items = meta[key];
    if (REQUIRED_LISTS.includes(key) && !items.some((s) => s.trim() !== "")) {
      out.push({ field: key, severity: "error", message: msg("decree.check.listEmpty", { label: fieldLabel(key) }) });
      continue;
    }
    items.forEach((s, i) => {
      if (s.trim() === "") {
        out.push({
          field: `${key}.${i + 1}`,
          severity: "warning",
          message: msg("decree.check.blankItem", { label: fieldLabel(key), n: i + 1 }),
        });
      }
    });
  }
  return out;
}

/** tanggal is a real date; the number's last "/" segment is its year. */
function checkDateAndNumber(meta: DecreeMeta): MetaIssue[] {
  const tanggal = meta.tanggal.trim();
  if (tanggal === "") return [];
  const date = parseTanggalText(tanggal);
  if (!date) return [{ field: "tanggal", severity: "error", message: msg("decree.check.tanggal", { value: tanggal }) }];
  const nomor = meta.nomor.trim();
  if (nomor === "") return [];
  const segment = nomor.split("/").pop()!.trim();
  const year = String(date.year);
  return segment === year
    ? []
    : [{ field: "nomor", severity: "error", message: msg("decree.check.nomorYear", { segment, year }) }];
}

export function checkMeta(meta: DecreeMeta, opts: CheckOptions = {}): MetaIssue[] {
  const limits = checkLimits(meta);
  const out: MetaIssue[] = [...limits.issues];
  for (const key of REQUIRED_TEXT) if (meta[key].trim() === "") out.push(required(key));
  for (const key of REQUIRED_SIGNER) {
    if (meta.penandatangan[key].trim() === "") out.push(required(`penandatangan.${key}`));
  }
  out.push(...fillIn(meta));
  out.push(...checkLists(meta, limits.oversizedLists));
  out.push(...checkDateAndNumber(meta));
  out.push(...checkPenetap(meta));
  const year = opts.year ?? parseTanggalText(meta.tanggal)?.year ?? null;
  if (year !== null && limits.issues.length === 0) out.push(...checkBasis(meta, year));

  const today = parseIsoDate(opts.today ?? "") ?? parseIsoDate(todayIso())!;
  out.push(...checkStatus(meta.penandatangan));
  out.push(...checkNip(meta.penandatangan.nip, today));

  if (fromRoman(meta.lampiran) === null) {
    out.push({ field: "lampiran", severity: "warning", message: msg("decree.check.lampiran", { value: meta.lampiran }) });
  }
  const email = meta.email.trim();
  if (email !== "" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    out.push({ field: "email", severity: "warning", message: msg("decree.check.email", { value: email }) });
  }
  return out;
}

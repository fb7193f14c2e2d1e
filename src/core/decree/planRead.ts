/**
 * The decree's metadata the plan sheet itself carries: the annex heading above the
 * table ("Lampiran I : KEPUTUSAN ... TENTANG ... NOMOR ... Tanggal 12 Januari 2022"),
 * the government line of its letterhead ("Pemerintah Kabupaten Pringsewu") and the
 * signature block under the table (planSignature.ts). Each value read names its cell;
 * a heading that contradicts the decree is told (planConflicts), never corrected.
 */
import { GridView, toA1, type Grid } from "../grid";
import { msg } from "../i18n";
import { namesOffice } from "./basisChecks";
import { parseTanggalText, toIso } from "./dates";
import { fieldLabel } from "./labels";
import type { LampiranAnchor } from "./lampiran";
import type { DecreeMeta, MetaIssue } from "./meta";
import type { PlanMeta } from "./planTypes";
import { readSignature } from "./planSignature";

export type { PlanMeta, PlanSource } from "./planTypes";
import { fromRoman } from "./words";

/** How far above the table (or its title) the heading and the letterhead are looked for, in rows. */
const ABOVE = 30;
const fold = (s: string) => s.replace(/\s+/g, " ").trim();
// The space after a keyword (and its colon) is left to the value, which is trimmed: a keyword right after
// an empty value ("NOMOR : Tanggal :") then starts its own part, as it needs the space before it.
const KEYWORD = /(?:^|\s)(KEPUTUSAN|NOMOR|NO\.|TANGGAL|TGL\.?|TENTANG)(?=[\s:]|$)(?:\s*:)?/gi;
type Key = "penetap" | "nomor" | "tanggal" | "tentang";
const KEY_OF: Record<string, Key> = { keputusan: "penetap", nomor: "nomor", "no.": "nomor", tanggal: "tanggal", tgl: "tanggal", "tgl.": "tanggal", tentang: "tentang" };

/** The text of a row from column `from` rightwards, merged cells once. */
function rowText(view: GridView, row: number, from: number): string {
  const parts: string[] = [];
  for (let c = from; c < view.left + view.cols; c++) {
    if (view.isCovered(row, c) && view.anchorOf(row, c).col < c) continue;
    const t = view.text(row, c);
    if (t) parts.push(t);
  }
  return parts.join(" ");
}

/** "Lampiran I : KEPUTUSAN X TENTANG Y NOMOR Z Tanggal D" -> its parts (the first of each keyword). */
export function parseHeading(text: string): { lampiran?: string; parts: Partial<Record<Key, string>> } {
  const s = fold(text);
  const found: { key: Key; start: number; end: number }[] = [];
  for (const m of s.matchAll(KEYWORD)) {
    const key = KEY_OF[m[1].toLowerCase()];
    if (found.some((f) => f.key === key)) continue; // "TENTANG PERUBAHAN ATAS KEPUTUSAN ...": part of the value
    found.push({ key, start: m.index, end: m.index + m[0].length });
  }
  const parts: Partial<Record<Key, string>> = {};
  found.forEach((f, i) => {
    const value = s.slice(f.end, i + 1 < found.length ? found[i + 1].start : s.length).replace(/[\s:,;]+$/, "").trim();
    if (value && !/^[.\s…_-]*$/.test(value)) parts[f.key] = value;
  });
  const roman = /^lampiran\s+([IVXLCDM]+)\b/i.exec(s)?.[1];
  return { lampiran: roman && fromRoman(roman) !== null ? roman.toUpperCase() : undefined, parts };
}

/** The leading date of "12 Januari 2022" or "2022-01-12 ...", as ISO; null when there is none. */
function leadingDate(value: string): string | null {
  const words = value.split(" ");
  for (const n of [3, 1]) {
    const d = parseTanggalText(words.slice(0, n).join(" "));
    if (d) return toIso(d);
  }
  return null;
}

function readHeading(view: GridView, at: LampiranAnchor, out: PlanMeta): void {
  const limit = at.titleRow != null && at.titleRow < at.headerTop ? at.titleRow : at.headerTop;
  let start: { row: number; col: number } | null = null;
  for (let r = Math.max(view.top, limit - ABOVE); r < limit && !start; r++) {
    for (let c = view.left; c < view.left + view.cols && !start; c++) if (/^lampiran\b/i.test(view.text(r, c))) start = { row: r, col: c };
  }
  if (!start) return;
  const lines: { row: number; text: string }[] = [];
  for (let r = start.row; r < limit && lines.length < 8; r++) {
    const text = rowText(view, r, start.col);
    if (!text) break;
    lines.push({ row: r, text });
  }
  const cellOf = (needle: RegExp) => {
    const line = lines.find((l) => needle.test(l.text)) ?? lines[0];
    return `${at.sheet}!${toA1({ row: line.row, col: start!.col })}`;
  };
  const { lampiran, parts } = parseHeading(lines.map((l) => l.text).join(" "));
  const first = `${at.sheet}!${toA1(start)}`;
  if (lampiran) out.meta.lampiran = lampiran;
  const words: Record<Key, RegExp> = { penetap: /keputusan/i, nomor: /\bno(mor|\.)/i, tanggal: /\b(tanggal|tgl)/i, tentang: /\btentang\b/i };
  for (const key of ["penetap", "nomor", "tentang"] as const) {
    const value = parts[key];
    if (!value) continue;
    const cell = key === "tentang" ? first : cellOf(words[key]);
    out.heading[key] = { value, cell };
    // "KEPUTUSAN DINAS ..." names the office, not the official who issues it: kept for planConflicts only.
    if (key === "penetap" && namesOffice(value)) continue;
    out.meta[key] = key === "nomor" ? value : value.toUpperCase();
    out.sources.push({ field: key, cell });
  }
  if (parts.tanggal) {
    const cell = cellOf(words.tanggal);
    const iso = leadingDate(parts.tanggal);
    if (iso) {
      out.meta.tanggal = iso;
      out.heading.tanggal = { value: iso, cell };
      out.sources.push({ field: "tanggal", cell });
    } else {
      out.issues.push({ field: "tanggal", severity: "warning", message: msg("decree.plan.badDate", { value: parts.tanggal, cell }) });
    }
  }
}

const GOVERNMENT = /^PEMERINTAH\s+((?:KABUPATEN|KOTA|PROVINSI)\s+\S.*)$/i;

function readGovernment(view: GridView, at: LampiranAnchor, out: PlanMeta): void {
  for (let r = Math.max(view.top, at.headerTop - ABOVE); r < at.headerTop; r++) {
    for (let c = view.left; c < view.left + view.cols; c++) {
      const m = GOVERNMENT.exec(view.text(r, c));
      if (!m) continue;
      out.regency = fold(m[1]);
      out.sources.push({ field: "pemerintah", cell: `${at.sheet}!${toA1({ row: r, col: c })}` });
      return;
    }
  }
}

/** Read the plan sheet (its grid and where the table stands, with its last data row). */
export function metaFromPlan(grid: Grid, at: LampiranAnchor & { dataBottom: number }): PlanMeta {
  const view = new GridView(grid);
  const out: PlanMeta = { meta: {}, regency: null, sources: [], heading: {}, issues: [] };
  readGovernment(view, at, out);
  readHeading(view, at, out);
  readSignature(view, at, out);
  return out;
}

const same = (a: string, b: string) => fold(a).replace(/\s*\/\s*/g, "/").toUpperCase() === fold(b).replace(/\s*\/\s*/g, "/").toUpperCase();

/** The heading's values the decree does not share: one warning each (the plan is left as it is). */
export function planConflicts(heading: PlanMeta["heading"], meta: DecreeMeta): MetaIssue[] {
  const out: MetaIssue[] = [];
  for (const key of ["penetap", "nomor", "tanggal", "tentang"] as const) {
    const h = heading[key];
    const value = meta[key].trim();
    // An issuer naming an office is told once, by checkMeta (checkPenetap), not again here.
    if (!h || value === "" || (key === "penetap" && namesOffice(value))) continue;
    const decree = key === "tanggal" ? (leadingDate(value) ?? value) : value;
    if (same(h.value, decree)) continue;
    out.push({
      field: key, severity: "warning",
      message: msg("decree.plan.conflict", { label: fieldLabel(key), cell: h.cell, plan: h.value, decree }),
    });
  }
  return out;
}

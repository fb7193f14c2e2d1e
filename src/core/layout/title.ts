import type { GridView } from "../grid";
import { findYear, norm } from "./text";

export interface TitleInfo {
  year: number | null;
  office: string | null;
  titleRow: number | null;
}

const OFFICE_WORDS =
  /\b(dinas|badan|kantor|kecamatan|kelurahan|sekretariat|inspektorat|satuan polisi|satpol|rsud|rumah sakit|bagian|bappeda|bapenda|bpbd|bkpsdm|dpmptsp|puskesmas|uptd|biro|unit)\b/i;
const HEADING_LINE = /^(lampiran|nomor|no\.|tanggal|tgl|tentang|keputusan)\b/i;

function rowText(view: GridView, row: number, left: number, right: number): string {
  const parts: string[] = [];
  for (let c = left; c <= right; c++) {
    if (view.isCovered(row, c) && view.anchorOf(row, c).col < c) continue;
    const t = view.text(row, c);
    if (t) parts.push(t);
  }
  return parts.join(" ").trim();
}

/** Read the year and office name from the title rows above the header. */
export function readTitle(view: GridView, headerTop: number, left: number, right: number): TitleInfo {
  const first = Math.max(view.top, headerTop - 20);
  let year: number | null = null;
  let office: string | null = null;
  let titleRow: number | null = null;
  const lines: { row: number; text: string }[] = [];
  for (let r = first; r < headerTop; r++) {
    const text = rowText(view, r, Math.min(left, view.left), Math.max(right, view.left + view.cols - 1));
    if (text) lines.push({ row: r, text });
  }
  // The title is the line nearest the header that starts with "RENCANA AKSI" (else one that mentions it).
  const TITLE = /\brencana aksi\b|\brenaksi\b|\brencana kinerja\b|\bperjanjian kinerja\b/;
  const isTitle = (t: string, start: boolean): boolean => {
    const n = norm(t);
    return !HEADING_LINE.test(t) && (start ? TITLE.test(n) && n.search(TITLE) === 0 : TITLE.test(n));
  };
  let at = -1;
  for (const start of [true, false]) {
    for (let i = lines.length - 1; i >= 0 && at < 0; i--) if (isTitle(lines[i].text, start)) at = i;
    if (at >= 0) break;
  }
  if (at >= 0) {
    const line = lines[at];
    titleRow = line.row;
    year = findYear(line.text);
    // Office on the same line after the year ("RENCANA AKSI TAHUN 2022 DINAS ...") or on the next line.
    const after = year === null ? "" : line.text.replace(/^.*?\b(19|20)\d{2}\b/, "").replace(/^[\s,:-]+/, "").trim();
    const between = line.text
      .replace(/^\s*(rencana aksi|renaksi|rencana kinerja|perjanjian kinerja)(\s+(pencapaian\s+)?kinerja)?/i, "")
      .replace(/\b(tahun|th\.?)?\s*(19|20)\d{2}\b.*$/i, "")
      .replace(/^[\s,:-]+|[\s,:-]+$/g, "");
    if (after && OFFICE_WORDS.test(after)) office = after;
    else if (between && OFFICE_WORDS.test(between)) {
      // "RENCANA AKSI DAN CAPAIAN KINERJA INSPEKTORAT DAERAH ...": the office begins at its own word.
      office = between.slice(between.search(OFFICE_WORDS));
      // "RENCANA AKSI BADAN ..." / "KABUPATEN BOYOLALI TAHUN 2026": the region on the next line is the office's.
      const next = lines[at + 1];
      if (year === null && next && /^(kabupaten|kota|provinsi)\b/i.test(next.text)) {
        office = `${office} ${next.text.replace(/\s*(tahun|th\.?)(\s+anggaran)?\s*(19|20)\d{2}\b.*$/i, "").trim()}`;
        year = findYear(next.text);
      }
    } else {
      const next = lines[at + 1];
      if (next && !HEADING_LINE.test(next.text)) {
        office = next.text;
        if (year === null) year = findYear(next.text);
      }
    }
  }
  // "RENCANA AKSI KINERJA" / "BADAN ..." / "TAHUN ANGGARAN 2026": the year on a line of its own below the title.
  for (let i = at + 1; at >= 0 && year === null && i < lines.length; i++) if (!HEADING_LINE.test(lines[i].text)) year = findYear(lines[i].text);
  if (titleRow === null) {
    // No "Rencana Aksi" title: take an office line and any year above the header.
    for (const line of lines) {
      if (HEADING_LINE.test(line.text)) continue;
      if (year === null) year = findYear(line.text);
      if (office === null && OFFICE_WORDS.test(line.text) && line.text.length < 120) office = line.text;
    }
  }
  if (office) {
    // "Perangkat Daerah: Dinas Kesehatan - Tahun 2026" names the office "Dinas Kesehatan".
    office = office
      .replace(/^(perangkat daerah|opd|skpd|unit kerja|instansi)\s*:\s*/i, "")
      // "RENCANA AKSI KINERJA KEPALA DINAS KESEHATAN ...": the plan of the office's head (or secretary); the office is the Dinas.
      .replace(/^(kepala|sekretaris)\s+(?=(dinas|badan|kantor|inspektorat|satuan polisi)\b)/i, "")
      .replace(/\s*(tahun|th\.?)(\s+anggaran)?\s*(19|20)\d{2}\s*$/i, "")
      .replace(/[\s.,;:\-\u2013]+$/, "")
      .trim() || null;
  }
  return { year, office, titleRow };
}

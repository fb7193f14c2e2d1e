/**
 * Arbitrary grids for the totality properties: any size, every value type,
 * display text that agrees with the value or not, odd number formats, merges
 * that overlap or reach outside the grid, hidden rows, and text chosen to look
 * like the things recognition and parsing react to (header words, numbering,
 * percentages, targets), plus huge strings and unicode.
 */
import fc from "fast-check";
import type { CellValue, Grid, RangeRef } from "../../../src/core/grid";

export interface GridSize {
  maxRows: number;
  maxCols: number;
  /** At least this many rows (large-grid runs); default 0. */
  minRows?: number;
}

export const HEADER_WORDS = [
  "Sasaran", "Indikator", "Indikator Sasaran", "Indikator Program", "Program", "Kegiatan", "Sub Kegiatan",
  "Kegiatan/Sub Kegiatan", "Uraian", "Target", "Target Kinerja", "Target Pelaksanaan", "Target Tahunan", "Triwulan",
  "TW I", "TW II", "TW III", "TW IV", "TW 1", "Q3", "Triwulan IV", "I", "II", "III", "IV", "(%)", "%", "Persen",
  "Satuan", "Volume", "Keterangan", "Ket", "Kode", "No", "Anggaran (Rp)", "Realisasi", "Penanggung Jawab", "Capaian",
  "(1)", "(2)", "(3)", "RENCANA AKSI TAHUN 2024", "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN CONTOH",
];

export const NUMBERING_TEXT = [
  "A.", "A. Perencanaan", "B) Administrasi", "1)", "1) Koordinasi", "1. Program Penunjang", "2) Program X", "Sasaran 2",
  "Sasaran 1 Meningkatnya", "Sasaran Strategis IV:", "2.17.07.2.01", "2.17.07.2.01.0001 Koordinasi", "X.XX.01 Program",
  "1.1", "1.1.1 Sub", "II. Program", "IV)", "Program", "Kegiatan: Pengadaan", "Sub Kegiatan - Mebel", "(3) Rapat", "• A. x",
  "NIP. 196310151989031016", "Kepala Dinas", "Nganjuk, 12 Januari 2022", "Mengetahui",
];

export const PERCENT_TEXT = [
  "21,25 5%", "2 1,25 5 %", "21,2 5%", "2", "21,25%", "21.25%", "100 %", "-", "–", "0,5%", "1.250,5", "14.250", "1,250",
  "12 Bulan", "7 Dokumen", "100 Unit Usaha", "1 (satu) Paket", "Rp. 1.500.000,-", "9,7%", "-5%", "150%", "1e3", "∞", "NaN",
  "12 - 24 Bulan", "Tahun 2022", "100 Persen", "0%", "3", "6", "9", "12",
];

export const UNICODE_TEXT = [
  "مؤشر الأداء", "‏Sasaran‏", "Indikator 📊", "👍🏽👨‍👩‍👧", "Ke\u0301giatan", "Z\u0351\u0352\u0353algo", "Target\u00a0Kinerja",
  "TW\u202fI", "\u200bSasaran", "\ufeffIndikator", "\u0000", "a\r\nb", "\t", "\ud800", "Ｓａｓａｒａｎ", "ǅ",
];

const HUGE = "Sasaran 1 " + "Indikator kinerja ".repeat(5_600); // about 100,000 characters
const HUGE_DIGITS = "1".repeat(100_000);

export const FORMATS = [
  "General", "General", "General", "0", "0.00", "0%", "0.00%", '0.00"%"', "0\\%", "#,##0", "dd/mm/yyyy", "d mmmm yyyy",
  "h:mm", "[h]:mm", "@", "0.00;-0.00;0%", "[$Rp-421]#,##0", "[Red]0%", "", ";;;", "0.00E+00", '"x"',
];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 40 },
  { arbitrary: fc.constantFrom(...HEADER_WORDS), weight: 10 },
  { arbitrary: fc.constantFrom(...NUMBERING_TEXT), weight: 10 },
  { arbitrary: fc.constantFrom(...PERCENT_TEXT), weight: 10 },
  { arbitrary: fc.constantFrom(...UNICODE_TEXT), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
  { arbitrary: fc.double(), weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 500 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n / 100), weight: 4 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom("#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NUM!", "").map((error) => ({ error })), weight: 2 },
);

/** What Excel might show for a value under a format; sometimes unrelated text (the adapters are not trusted either). */
function shown(v: CellValue, format: string, mode: number): string {
  if (mode === 0) return "";
  if (mode === 1) return "21,25 %";
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number" && format.includes("%") && !format.includes('"')) return `${Math.round(v * 10000) / 100}%`;
  return String(v);
}

const merge = (size: GridSize): fc.Arbitrary<RangeRef> =>
  fc
    .record({
      top: fc.integer({ min: 0, max: size.maxRows + 5 }),
      left: fc.integer({ min: 0, max: size.maxCols + 5 }),
      height: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 6 }), weight: 5 }, { arbitrary: fc.integer({ min: 0, max: 5_000 }), weight: 1 }),
      width: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 6 }), weight: 5 }, { arbitrary: fc.integer({ min: 0, max: 300 }), weight: 1 }),
    })
    .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

/** A header row of vocabulary at a random place, so that many grids get recognized and reach the parser, rules and fill. */
const headerRow = fc.oneof(
  fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 3, maxLength: 14 }),
  fc.shuffledSubarray(["Uraian", "Indikator", "Target", "Satuan", "Ket"], { minLength: 2 }).chain((names) =>
    fc.constantFrom(["TW I", "TW II", "TW III", "TW IV"], ["I", "II", "III", "IV"], ["Q1", "Q2", "Q3", "Q4"]).map((qs) => [...names, ...qs]),
  ),
);

export function anyGrid(size: GridSize): fc.Arbitrary<Grid> {
  const cell = fc.record({ v: value, fmt: fc.constantFrom(...FORMATS), mode: fc.nat({ max: 40 }) });
  return fc
    .record({
      sheet: fc.oneof(fc.constantFrom("Lampiran", "RA 2024", "Sheet1", ""), fc.string({ maxLength: 31 })),
      origin: fc.record({ row: fc.oneof(fc.constant(0), fc.nat({ max: 1_048_000 })), col: fc.oneof(fc.constant(0), fc.nat({ max: 16_000 })) }),
      width: fc.nat({ max: size.maxCols }),
      // size "max": lengths spread over the whole range (fast-check keeps arrays short by default).
      rows: fc.array(fc.array(cell, { maxLength: size.maxCols, size: "max" }), { minLength: size.minRows ?? 0, maxLength: size.maxRows, size: "max" }),
      ragged: fc.boolean(),
      header: fc.option(fc.record({ at: fc.nat({ max: size.maxRows }), col: fc.nat({ max: 4 }), labels: headerRow, under: fc.option(headerRow) })),
      merges: fc.array(merge(size), { maxLength: 12 }),
      hidden: fc.array(fc.nat({ max: size.maxRows }), { maxLength: 5 }),
      /** One cell of about 100,000 characters now and then (more would only slow the run down). */
      huge: fc.option(fc.record({ at: fc.nat(), col: fc.nat(), text: fc.constantFrom(HUGE, HUGE_DIGITS) }), { freq: 8 }),
    })
    .map((g) => {
      // Rows are cut or padded to one width unless the grid is ragged (the type allows it).
      const rows = g.rows.map((r) => (g.ragged ? r : Array.from({ length: g.width }, (_, i) => r[i] ?? { v: null, fmt: "General", mode: 40 })));
      if (g.header && rows.length > 0) {
        const put = (at: number, labels: readonly string[]) => {
          const row = rows[at % rows.length];
          labels.forEach((label, i) => {
            if (g.header && g.header.col + i < row.length) row[g.header.col + i] = { v: label, fmt: "General", mode: 40 };
          });
        };
        put(g.header.at, g.header.labels);
        if (g.header.under) put(g.header.at + 1, g.header.under);
      }
      if (g.huge && rows.length > 0) {
        const row = rows[g.huge.at % rows.length];
        if (row.length > 0) row[g.huge.col % row.length] = { v: g.huge.text, fmt: "General", mode: 40 };
      }
      const shift = (m: RangeRef): RangeRef => ({ top: m.top + g.origin.row, left: m.left + g.origin.col, bottom: m.bottom + g.origin.row, right: m.right + g.origin.col });
      return {
        sheet: g.sheet,
        origin: g.origin,
        values: rows.map((r) => r.map((c) => c.v)),
        text: rows.map((r) => r.map((c) => shown(c.v, c.fmt, c.mode))),
        formats: rows.map((r) => r.map((c) => c.fmt)),
        merges: g.merges.map(shift),
        hiddenRows: g.hidden.map((r) => r + g.origin.row),
      };
    });
}

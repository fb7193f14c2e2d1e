/**
 * The decree's front matter as a printable sheet: letterhead (kop), title
 * block, Menimbang, Mengingat, MEMUTUSKAN, Menetapkan, diktum, place and date,
 * signature block, tembusan. Portrait A4 or F4.
 *
 * Font: Arial 12, the letter font of the tata naskah dinas guides (Arial 11 or
 * 12); Liberation Sans has the same metrics, so the wrap estimates hold in
 * LibreOffice too. Column widths are in Excel's unit (the default Calibri 11's
 * digit width, 7 px); LibreOffice needs Calibri or its metric twin Carlito to
 * lay them out the same.
 */
import { colToLetters } from "../grid";
import type { MessageKey } from "../i18n";
import type { CellStyle, Paper, SheetSpec } from "../sheetspec";
import { formatTanggal } from "./dates";
import { docText } from "./labels";
import type { DecreeMeta } from "./meta";
import { formatNip } from "./nip";
import { decreePageSetup, keepTogetherBreaks, printableSize } from "./page";
import { SheetBuilder } from "./sheetBuilder";
import { pxToWidthUnits } from "./textFit";
import { diktumOrdinal } from "./words";

export interface DecreeSheetOptions {
  paper: Paper;
  /** Print the NIP grouped 8 6 1 3 ("19631015 198903 1 016"). Default plain. */
  nipGrouped?: boolean;
  /** Sheet name; default "Keputusan" (the adapter makes it unique). */
  name?: string;
}

/**
 * Columns in px (600 px = 15.9 cm, inside A4's 16 cm between margins):
 * A label ("Menimbang", "KESATU"), B ":", C item marker ("a.", "1."), D..H text;
 * the signature block takes E..H, the right half.
 */
export const DECREE_COLS_PX = [116, 14, 30, 140, 75, 75, 75, 75] as const;
const LAST = DECREE_COLS_PX.length - 1;
const SIGN_LEFT = 4;

export const DECREE_FONT: CellStyle = { fontName: "Arial", fontSize: 12 };

const CENTER: CellStyle = { hAlign: "center" };
const TITLE: CellStyle = { hAlign: "center", bold: true };
const JUSTIFY: CellStyle = { hAlign: "justify" };

const upper = (s: string) => s.replace(/\s+/g, " ").trim().toUpperCase();
const filled = (items: readonly string[]) => items.map((s) => s.trim()).filter((s) => s !== "");

/** "Telp. (0358) 321785" when the value is given, else "". */
function contact(key: MessageKey, name: string, value: string): string {
  return value.trim() ? docText(key, { [name]: value.trim() }) : "";
}

function kop(b: SheetBuilder, meta: DecreeMeta): void {
  const small: CellStyle = { ...CENTER, fontSize: 11 };
  const join = (...parts: string[]) => parts.filter(Boolean).join("   ");
  const lines: [string, CellStyle][] = [
    [upper(meta.pemerintah), { ...TITLE, fontSize: 14 }],
    [upper(meta.instansi), { ...TITLE, fontSize: 16 }],
    [meta.alamat.trim(), small],
    [join(contact("decree.doc.telepon", "telepon", meta.telepon), contact("decree.doc.faksimile", "faksimile", meta.faksimile)), small],
    [join(contact("decree.doc.email", "email", meta.email), contact("decree.doc.laman", "laman", meta.laman)), small],
  ];
  const shown = lines.filter(([value]) => value !== "");
  // The letterhead is closed by a double rule across the full width (on every cell of the row).
  const rule: CellStyle = { border: { bottom: "double" } };
  shown.forEach(([value, style], i) => {
    const last = i === shown.length - 1;
    const row = b.line([{ left: 0, right: LAST, value, style: last ? { ...style, ...rule } : style }]);
    if (last) b.styleRange({ top: row, left: 0, bottom: row, right: LAST }, rule);
  });
  b.gap(10);
}

function titleBlock(b: SheetBuilder, meta: DecreeMeta): void {
  const full = (value: string) => b.line([{ left: 0, right: LAST, value, style: TITLE }]);
  full(docText("decree.doc.keputusan", { penetap: upper(meta.penetap) }));
  full(docText("decree.doc.nomor", { nomor: meta.nomor.trim() }));
  full(docText("decree.doc.tentang"));
  full(upper(meta.tentang));
  b.gap(12);
  full(`${upper(meta.penetap)},`);
  b.gap(12);
}

/** Menimbang / Mengingat: label, ":", marker, hanging text. */
function considerations(b: SheetBuilder, label: string, items: readonly string[], marker: (i: number) => string): void {
  const rows = items.length ? items : [""];
  rows.forEach((text, i) =>
    b.line([
      { left: 0, right: 0, value: i === 0 ? label : null },
      { left: 1, right: 1, value: i === 0 ? ":" : null, style: CENTER },
      { left: 2, right: 2, value: text ? marker(i) : null },
      { left: 3, right: LAST, value: text, style: JUSTIFY },
    ]),
  );
  b.gap(8);
}

function decision(b: SheetBuilder, meta: DecreeMeta): void {
  // MEMUTUSKAN prints on the page of Menetapkan, never alone at a page foot.
  const heading = b.line([{ left: 0, right: LAST, value: docText("decree.doc.memutuskan"), style: TITLE }]);
  b.gap(8);
  b.keepFrom(heading);
  const labelled = (label: string, text: string) =>
    b.line([
      { left: 0, right: 0, value: label },
      { left: 1, right: 1, value: ":", style: CENTER },
      { left: 2, right: LAST, value: text, style: JUSTIFY },
    ]);
  labelled(docText("decree.doc.menetapkan"), docText("decree.doc.fullTitle", { penetap: upper(meta.penetap), tentang: upper(meta.tentang) }));
  b.gap(6);
  const diktum = filled(meta.diktum);
  diktum.forEach((text, i) => {
    const row = labelled(diktumOrdinal(i + 1), text);
    b.gap(6);
    // The last diktum goes with the signature: a signature never stands alone on a page.
    if (i === diktum.length - 1) b.keepFrom(row);
  });
  b.gap(12);
  if (diktum.length) b.keepFrom(b.row - 1);
}

function signature(b: SheetBuilder, meta: DecreeMeta, nipGrouped: boolean): void {
  const right = (value: string, style?: CellStyle) => b.line([{ left: SIGN_LEFT, right: LAST, value, style }]);
  const s = meta.penandatangan;
  const first = b.row;
  right(docText("decree.doc.ditetapkanDi", { tempat: meta.tempat.trim() }));
  const tanggal = meta.tanggal.trim();
  right(docText("decree.doc.padaTanggal", { tanggal: formatTanggal(tanggal) ?? tanggal }));
  b.gap(10);
  right([s.status.trim(), s.jabatan.trim()].filter(Boolean).join(" "));
  if (s.jabatanAsal.trim()) right(s.jabatanAsal.trim());
  b.blankLines(4);
  right(s.nama.trim(), { bold: true, underline: true });
  if (s.pangkat.trim()) right(s.pangkat.trim());
  if (s.nip.trim()) right(docText("decree.doc.nip", { nip: formatNip(s.nip, nipGrouped) }));
  // The signature block is one piece: every row but its last keeps with the next.
  b.keepFrom(first);
  b.keepWithNext.delete(b.row - 1);
}

function tembusan(b: SheetBuilder, meta: DecreeMeta): void {
  const items = filled(meta.tembusan);
  if (!items.length) return;
  b.gap(16);
  b.keepFrom(b.line([{ left: 0, right: LAST, value: docText("decree.doc.tembusan") }]));
  items.forEach((text, i) => b.line([{ left: 0, right: LAST, value: `${i + 1}. ${text}` }]));
}

export function decreeSheet(meta: DecreeMeta, opts: DecreeSheetOptions): SheetSpec {
  const b = new SheetBuilder(DECREE_COLS_PX, DECREE_FONT);
  kop(b, meta);
  titleBlock(b, meta);
  considerations(b, docText("decree.doc.menimbang"), filled(meta.menimbang), (i) => `${colToLetters(i).toLowerCase()}.`);
  considerations(b, docText("decree.doc.mengingat"), filled(meta.mengingat), (i) => `${i + 1}.`);
  decision(b, meta);
  signature(b, meta, opts.nipGrouped ?? false);
  tembusan(b, meta);

  const columnWidths: Record<number, number> = {};
  DECREE_COLS_PX.forEach((px, c) => (columnWidths[c] = pxToWidthUnits(px)));
  return {
    name: opts.name ?? docText("decree.sheet.decree"),
    cells: b.cells,
    rangeStyles: b.rangeStyles,
    merges: b.merges,
    columnWidths,
    rowHeights: b.rowHeights,
    pageSetup: decreePageSetup(opts.paper, { top: 0, left: 0, bottom: b.row - 1, right: LAST }),
    rowBreaks: keepTogetherBreaks(b.heights(), b.keepWithNext, printableSize(opts.paper).heightPt),
    hideGridlines: true,
  };
}

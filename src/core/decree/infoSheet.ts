/**
 * The "Info Keputusan" sheet: the decree's metadata kept in the workbook,
 * readable and editable by people. Three columns: key (the CLI's --meta key),
 * label, value; lists one item per row ("menimbang.1", "menimbang.2", ...).
 * metaFromInfoGrid (infoRead.ts) reads it back.
 */
import { t } from "../i18n";
import type { Lang } from "../i18n/types";
import type { CellStyle, SheetSpec } from "../sheetspec";
import { fieldLabel } from "./labels";
import { isListField, META_FIELDS, SIGNER_FIELDS, type DecreeMeta } from "./meta";
import { SheetBuilder } from "./sheetBuilder";
import { pxToWidthUnits } from "./textFit";

export interface InfoRow {
  key: string;
  value: string;
}

/** Every field as key/value rows, in the sheet's order; an empty list still gets its ".1" row. */
export function infoRows(meta: DecreeMeta): InfoRow[] {
  const rows: InfoRow[] = [];
  for (const field of META_FIELDS) {
    if (field === "penandatangan") {
      for (const k of SIGNER_FIELDS) rows.push({ key: `penandatangan.${k}`, value: meta.penandatangan[k] });
    } else if (isListField(field)) {
      const items = meta[field].length ? meta[field] : [""];
      items.forEach((value, i) => rows.push({ key: `${field}.${i + 1}`, value }));
    } else rows.push({ key: field, value: meta[field] });
  }
  return rows;
}

const INFO_COLS_PX = [190, 290, 560] as const;
const HEADER: CellStyle = { bold: true, fill: "D9E1F2", border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } };
const BOX: CellStyle = { border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } };

export function infoSheetSpec(meta: DecreeMeta, lang: Lang = "id"): SheetSpec {
  const b = new SheetBuilder(INFO_COLS_PX, { fontName: "Arial", fontSize: 10 });
  b.line([{ left: 0, right: 2, value: t("decree.info.title", lang), style: { bold: true, fontSize: 14 } }]);
  b.line([{ left: 0, right: 2, value: t("decree.info.instruction", lang), style: { italic: true } }]);
  b.gap(6);
  const headerRow = b.line([
    { left: 0, right: 0, value: t("decree.info.key", lang), style: HEADER },
    { left: 1, right: 1, value: t("decree.info.label", lang), style: HEADER },
    { left: 2, right: 2, value: t("decree.info.value", lang), style: HEADER },
  ]);
  for (const { key, value } of infoRows(meta)) {
    b.line([
      { left: 0, right: 0, value: key, style: { ...BOX, fontColor: "595959" } },
      { left: 1, right: 1, value: fieldLabel(key)[lang], style: BOX },
      // Text format: a NIP or a date typed here stays exactly as typed.
      { left: 2, right: 2, value, style: { ...BOX, numberFormat: "@" } },
    ]);
  }
  const columnWidths: Record<number, number> = {};
  INFO_COLS_PX.forEach((px, c) => (columnWidths[c] = pxToWidthUnits(px)));
  return {
    name: t("decree.sheet.info", "id"),
    cells: b.cells,
    merges: b.merges,
    columnWidths,
    rowHeights: b.rowHeights,
    freeze: { rows: headerRow + 1, cols: 0 },
    // No print area: LibreOffice prints a hidden sheet that has one (Excel does not).
    pageSetup: { orientation: "portrait", paper: "a4", fitToWidth: 1 },
    tabColor: "4472C4",
    // Hidden: printing the workbook (Excel and LibreOffice alike) leaves hidden sheets out, and the
    // task pane's form edits these fields; Unhide shows the sheet to edit it by hand.
    hidden: true,
  };
}

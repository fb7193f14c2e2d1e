import { t } from "../i18n";
import type { TemplateLayout } from "./layout";
import { emptyPart, range, type SpecPart } from "./parts";
import {
  COLON_STYLE,
  INPUT_STYLE,
  LABEL_STYLE,
  OFFICE_INPUT_STYLE,
  TITLE_STYLE,
} from "./styles";

/** Columns of the Lampiran block, at the right of the sheet: label, ":", value to type in. */
export function lampiranColumns(lastCol: number): { labelLeft: number; labelRight: number; colon: number; valueLeft: number } {
  const valueLeft = lastCol - 7;
  const colon = valueLeft - 1;
  return { labelLeft: colon - 2, labelRight: colon - 1, colon, valueLeft };
}

/**
 * The Lampiran heading ("Lampiran I : ...", "NOMOR : ...", "Tanggal : ...",
 * values left blank in yellow to type in) and the title rows
 * ("RENCANA AKSI TAHUN {year}", the office name or a blank line to type it in).
 */
export function headingPart(layout: TemplateLayout, title: { year: string; office: string }): SpecPart {
  const part = emptyPart();
  const last = layout.lastCol;
  const c = lampiranColumns(last);
  const lines: Array<[number, string, number]> = [
    [layout.lampiranRow, t("template.lampiranLabel", "id"), 30],
    [layout.nomorRow, t("template.nomorLabel", "id"), 15],
    [layout.tanggalRow, t("template.tanggalLabel", "id"), 15],
  ];
  for (const [row, label, height] of lines) {
    part.cells.push({ row, col: c.labelLeft, value: label, style: LABEL_STYLE });
    part.cells.push({ row, col: c.colon, value: ":", style: COLON_STYLE });
    part.cells.push({ row, col: c.valueLeft, value: null, style: INPUT_STYLE });
    part.merges.push(range(row, c.labelLeft, row, c.labelRight), range(row, c.valueLeft, row, last));
    part.rangeStyles.push({ range: range(row, c.valueLeft, row, last), style: INPUT_STYLE });
    part.rowHeights[row] = height;
  }
  part.rowHeights[layout.tanggalRow + 1] = 8;

  part.cells.push({ row: layout.titleRow, col: 0, value: t("template.title", "id", { year: title.year }), style: TITLE_STYLE });
  part.merges.push(range(layout.titleRow, 0, layout.titleRow, last));
  part.rowHeights[layout.titleRow] = 20;

  const office = title.office.trim().toUpperCase();
  if (office) {
    part.cells.push({ row: layout.officeRow, col: 0, value: office, style: TITLE_STYLE });
    part.merges.push(range(layout.officeRow, 0, layout.officeRow, last));
  } else {
    // A centred blank line to type the office name in.
    const line = range(layout.officeRow, 1, layout.officeRow, last - 1);
    part.cells.push({ row: layout.officeRow, col: 1, value: null, style: OFFICE_INPUT_STYLE });
    part.merges.push(line);
    part.rangeStyles.push({ range: line, style: OFFICE_INPUT_STYLE });
  }
  part.rowHeights[layout.officeRow] = 20;
  part.rowHeights[layout.officeRow + 1] = 8;
  return part;
}

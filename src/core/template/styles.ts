import type { CellStyle } from "../sheetspec";
import type { ColumnKind } from "./columns";

/** Calm blue-grey of the header cells. */
export const HEADER_FILL = "D6DCE4";
/** Light yellow of the places to type in. */
export const INPUT_FILL = "FFF2CC";
/** Quarter cells: a share of the year's work, shown "25,00%" in an Indonesian Excel. */
export const PERCENT_FORMAT = "0.00%";

/** One font for the whole form, named so that Excel and LibreOffice lay it out alike. */
export const FONT_NAME = "Arial";
export const FONT_SIZE = 10;
const FONT: CellStyle = { fontName: FONT_NAME, fontSize: FONT_SIZE };

const THIN_BOX: CellStyle["border"] = { top: "thin", bottom: "thin", left: "thin", right: "thin" };

export const HEADER_STYLE: CellStyle = {
  ...FONT,
  bold: true,
  fill: HEADER_FILL,
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
  border: THIN_BOX,
};

export const COLUMN_NUMBER_STYLE: CellStyle = {
  fontName: FONT_NAME,
  fontSize: 8,
  italic: true,
  fill: HEADER_FILL,
  hAlign: "center",
  vAlign: "middle",
  border: THIN_BOX,
};

export const TITLE_STYLE: CellStyle = { fontName: FONT_NAME, bold: true, fontSize: 12, hAlign: "center", vAlign: "middle" };

/** A blank line to type the office name in: yellow, underlined by a bottom border. */
export const OFFICE_INPUT_STYLE: CellStyle = { ...TITLE_STYLE, fill: INPUT_FILL, border: { bottom: "thin" } };

export const LABEL_STYLE: CellStyle = { ...FONT, vAlign: "top" };
export const COLON_STYLE: CellStyle = { ...FONT, hAlign: "center", vAlign: "top" };
export const INPUT_STYLE: CellStyle = { ...FONT, fill: INPUT_FILL, wrap: true, vAlign: "top", border: THIN_BOX };

/** Style of an empty data cell, by the kind of its column. */
export function bodyStyle(kind: ColumnKind): CellStyle {
  const base: CellStyle = { ...FONT, wrap: true, vAlign: "top", border: THIN_BOX };
  switch (kind) {
    case "quarter":
      return { ...base, hAlign: "center", numberFormat: PERCENT_FORMAT };
    case "target":
      return { ...base, hAlign: "center", numberFormat: "General" };
    case "satuan":
      return { ...base, hAlign: "center" };
    case "text":
      return { ...base, hAlign: "left" };
  }
}

/** Style of a prefilled name cell (program and kegiatan rows bold). */
export function prefillStyle(bold: boolean): CellStyle {
  return bold ? { ...bodyStyle("text"), bold: true } : bodyStyle("text");
}

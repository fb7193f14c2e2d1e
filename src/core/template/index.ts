export { templateSheet, layoutFor, DEFAULT_DATA_ROWS, type TemplateOptions } from "./templateSheet";
export { templateLayout, type TemplateLayout } from "./layout";
export { TEMPLATE_COLUMNS, LAST_COL, type TemplateColumn, type ColumnKind } from "./columns";
export {
  PROGRAM_PENUNJANG,
  nomenclatureCode,
  type NomenclatureProgram,
  type NomenclatureKegiatan,
  type NomenclatureSubKegiatan,
} from "./nomenclature";
export { prefillRows, kegiatanLetter, type PrefillRow, type PrefillLevel } from "./prefill";
export { HEADER_FILL, INPUT_FILL, PERCENT_FORMAT, FONT_NAME } from "./styles";

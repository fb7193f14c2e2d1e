import { t } from "../i18n";
import type { SpecValidation } from "../sheetspec";
import { columnRuns, TEMPLATE_COLUMNS, type ColumnKind } from "./columns";
import { rowHeightFor } from "./rowHeight";
import type { TemplateLayout } from "./layout";
import { emptyPart, range, type SpecPart } from "./parts";
import type { PrefillRow } from "./prefill";
import { bodyStyle, prefillStyle } from "./styles";

/**
 * The data rows: prefilled names first (programme in the Program column,
 * kegiatan and sub kegiatan in the Kegiatan / Sub Kegiatan column), then empty
 * rows. Every row has borders, wrapped text and top alignment; quarter cells a
 * percent format and validation 0..1; Target cells a validation >= 0.
 */
export function bodyPart(layout: TemplateLayout, prefill: readonly PrefillRow[]): SpecPart {
  const part = emptyPart();
  const { dataTop, dataBottom } = layout;
  for (const run of columnRuns()) {
    const where = range(dataTop, run.left, dataBottom, run.right);
    part.rangeStyles.push({ range: where, style: bodyStyle(run.kind) });
    const v = validationFor(run.kind, where);
    if (v) part.validations.push(v);
  }
  const programCol = layout.columns.program ?? 0;
  const uraianCol = layout.columns.uraian ?? 0;
  const indikatorCol = layout.columns.indikator;
  const satuanCol = layout.columns.satuan;
  prefill.forEach((row, i) => {
    const col = row.level === "program" ? programCol : uraianCol;
    const bold = row.level !== "subKegiatan";
    part.cells.push({ row: dataTop + i, col, value: row.text, style: prefillStyle(bold) });
    let height = rowHeightFor(row.text, TEMPLATE_COLUMNS[col].width, bold);
    // A sub kegiatan of an official list: its official indikator and satuan beside it.
    if (row.indikator && indikatorCol !== undefined) {
      part.cells.push({ row: dataTop + i, col: indikatorCol, value: row.indikator, style: prefillStyle(false) });
      height = Math.max(height, rowHeightFor(row.indikator, TEMPLATE_COLUMNS[indikatorCol].width, false));
    }
    if (row.satuan && satuanCol !== undefined) part.cells.push({ row: dataTop + i, col: satuanCol, value: row.satuan, style: prefillStyle(false) });
    part.rowHeights[dataTop + i] = height;
  });
  return part;
}

function validationFor(kind: ColumnKind, where: SpecValidation["range"]): SpecValidation | null {
  if (kind === "quarter") {
    return {
      range: where,
      type: "decimal",
      min: 0,
      max: 1,
      prompt: { title: t("template.quarterPromptTitle", "id"), text: t("template.quarterPrompt", "id") },
      error: { title: t("template.quarterErrorTitle", "id"), text: t("template.quarterError", "id") },
    };
  }
  if (kind === "target") {
    return {
      range: where,
      type: "decimal",
      min: 0,
      prompt: { title: t("template.targetPromptTitle", "id"), text: t("template.targetPrompt", "id") },
      error: { title: t("template.targetErrorTitle", "id"), text: t("template.targetError", "id") },
    };
  }
  return null;
}

import { t } from "../i18n";
import { TEMPLATE_COLUMNS } from "./columns";
import type { TemplateLayout } from "./layout";
import { emptyPart, range, type SpecPart } from "./parts";
import { COLUMN_NUMBER_STYLE, HEADER_STYLE } from "./styles";

/**
 * The two header rows: a grouped column (the quarters) has its group label in
 * the first row, merged across the group, and its own label in the second; any
 * other column has one label merged down both rows. Then, optionally, the row
 * of column numbers "(1)", "(2)", ...
 */
export function headerPart(layout: TemplateLayout): SpecPart {
  const part = emptyPart();
  const top = layout.headerTop;
  const sub = top + 1;
  part.rangeStyles.push({ range: range(top, 0, sub, layout.lastCol), style: HEADER_STYLE });
  part.rowHeights[top] = 24;
  part.rowHeights[sub] = 24;

  TEMPLATE_COLUMNS.forEach((col, i) => {
    const label = t(col.header, "id");
    if (!col.group) {
      part.cells.push({ row: top, col: i, value: label, style: HEADER_STYLE });
      part.merges.push(range(top, i, sub, i));
      return;
    }
    part.cells.push({ row: sub, col: i, value: label, style: HEADER_STYLE });
    const first = TEMPLATE_COLUMNS.findIndex((c) => c.group === col.group);
    if (first !== i) return;
    let last = i;
    while (TEMPLATE_COLUMNS[last + 1]?.group === col.group) last++;
    part.cells.push({ row: top, col: i, value: t(col.group, "id"), style: HEADER_STYLE });
    part.merges.push(range(top, i, top, last));
  });

  const numbers = layout.columnNumbersRow;
  if (numbers !== null) {
    TEMPLATE_COLUMNS.forEach((_, i) => {
      part.cells.push({ row: numbers, col: i, value: `(${i + 1})`, style: COLUMN_NUMBER_STYLE });
    });
    part.rowHeights[numbers] = 14;
  }
  return part;
}

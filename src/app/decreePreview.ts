/**
 * The decree as plain text, for the task pane's preview: the cells of the sheet
 * decreeSheet would create, row by row (they are the decree's own words), so the
 * preview says exactly what "Create decree sheet" will print.
 */
import { decreeSheet, printable, type DecreeMeta } from "../core/decree";
import type { SheetSpec } from "../core/sheetspec";

/** One line per row that holds text, cells joined left to right; a skipped row gives one empty line. */
export function sheetTextLines(spec: SheetSpec): string[] {
  const rows = new Map<number, { col: number; text: string }[]>();
  for (const c of spec.cells) {
    if (c.value === null || c.value === "") continue;
    const text = typeof c.value === "object" ? c.value.error : String(c.value);
    const list = rows.get(c.row) ?? [];
    list.push({ col: c.col, text });
    rows.set(c.row, list);
  }
  const lines: string[] = [];
  let last = -1;
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    if (last >= 0 && row > last + 1 && lines[lines.length - 1] !== "") lines.push("");
    lines.push(
      rows
        .get(row)!
        .sort((a, b) => a.col - b.col)
        .map((c) => c.text)
        .join(" "),
    );
    last = row;
  }
  return lines;
}

export function decreePreviewLines(meta: DecreeMeta, opts: { nipGrouped?: boolean } = {}): string[] {
  return sheetTextLines(decreeSheet(printable(meta), { paper: "a4", nipGrouped: opts.nipGrouped }));
}

import type { MessageKey } from "../i18n";
import type { ColumnRole, QuarterGroup } from "../layout/types";
import { quarterRole } from "../layout/types";

/** How the cells of a column are formatted and checked. */
export type ColumnKind = "text" | "target" | "satuan" | "quarter";

/** One column of the template's table. */
export interface TemplateColumn {
  role: ColumnRole;
  /** Label of the column: in the lower header row for grouped columns, else across both rows. */
  header: MessageKey;
  /** Label of the merged group cell above (Target Kinerja / Target Pelaksanaan). */
  group?: MessageKey;
  /** Width in Excel character units. */
  width: number;
  kind: ColumnKind;
}

const TW: readonly MessageKey[] = ["template.tw1", "template.tw2", "template.tw3", "template.tw4"];

function quarterColumns(group: QuarterGroup, label: MessageKey): TemplateColumn[] {
  return TW.map((header, i) => ({
    role: quarterRole(group, (i + 1) as 1 | 2 | 3 | 4),
    header,
    group: label,
    width: 6.5,
    kind: "quarter" as const,
  }));
}

/** The table's columns, left to right (A..Q). */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { role: "sasaran", header: "template.colSasaran", width: 16, kind: "text" },
  { role: "indikatorSasaran", header: "template.colIndikatorSasaran", width: 16, kind: "text" },
  { role: "program", header: "template.colProgram", width: 20, kind: "text" },
  { role: "indikatorProgram", header: "template.colIndikatorProgram", width: 16, kind: "text" },
  { role: "uraian", header: "template.colUraian", width: 32, kind: "text" },
  { role: "indikator", header: "template.colIndikator", width: 24, kind: "text" },
  { role: "target", header: "template.colTarget", width: 8, kind: "target" },
  { role: "satuan", header: "template.colSatuan", width: 9, kind: "satuan" },
  ...quarterColumns("kinerja", "template.colTargetKinerja"),
  ...quarterColumns("pelaksanaan", "template.colTargetPelaksanaan"),
  { role: "keterangan", header: "template.colKeterangan", width: 12, kind: "text" },
];

/** Index of the last column of the table. */
export const LAST_COL = TEMPLATE_COLUMNS.length - 1;

/** Column index of each role in the template. */
export function templateColumnIndex(): Partial<Record<ColumnRole, number>> {
  const out: Partial<Record<ColumnRole, number>> = {};
  TEMPLATE_COLUMNS.forEach((c, i) => (out[c.role] = i));
  return out;
}

/** Runs of consecutive columns of the same kind: [first, last, kind]. */
export function columnRuns(): Array<{ left: number; right: number; kind: ColumnKind }> {
  const runs: Array<{ left: number; right: number; kind: ColumnKind }> = [];
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === c.kind && last.right === i - 1) last.right = i;
    else runs.push({ left: i, right: i, kind: c.kind });
  });
  return runs;
}

import { t } from "../i18n";
import type { Paper, SheetSpec } from "../sheetspec";
import { TEMPLATE_COLUMNS } from "./columns";
import { headingPart } from "./heading";
import { headerPart } from "./header";
import { bodyPart } from "./body";
import { templateLayout, type TemplateLayout } from "./layout";
import { PROGRAM_PENUNJANG, type NomenclatureProgram } from "./nomenclature";
import { joinParts } from "./parts";
import { prefillRows, type PrefillRow } from "./prefill";
import { templatePageSetup } from "./page";

export interface TemplateOptions {
  year: number;
  /** The office's name; empty or missing: a blank line to type it in. */
  office?: string;
  paper?: Paper;
  /** Start with the support programme, its kegiatan and sub kegiatan. */
  prefill?: boolean;
  /**
   * The support programme as the official list of the template's year names it (insertTemplate
   * loads it); without it, the one of Kepmendagri 050-5889/2021 (PROGRAM_PENUNJANG).
   */
  program?: NomenclatureProgram;
  /** Programmes of the office's own urusan/bidang to prefill after it (with their official kegiatan, sub kegiatan, indikator and satuan). */
  programs?: readonly NomenclatureProgram[];
  /** Empty rows after the prefilled ones (default 30, 0..1000). */
  dataRows?: number;
  /** Add the row of column numbers "(1)", "(2)", ... under the header. */
  columnNumbers?: boolean;
  /** Sheet name; default "Rencana Aksi {year}". Adapters make it unique. */
  name?: string;
}

export const DEFAULT_DATA_ROWS = 30;
const MAX_DATA_ROWS = 1000;

function emptyRowCount(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_DATA_ROWS;
  return Math.min(MAX_DATA_ROWS, Math.max(0, Math.trunc(n)));
}

function yearText(year: number): string {
  return Number.isFinite(year) ? String(Math.trunc(year)) : "....";
}

function plan(opts: TemplateOptions): { layout: TemplateLayout; prefill: PrefillRow[] } {
  const own = opts.programs ?? [];
  const prefill = prefillRows([...(opts.prefill ? [opts.program ?? PROGRAM_PENUNJANG] : []), ...own]);
  const layout = templateLayout({
    columnNumbers: opts.columnNumbers ?? false,
    dataRowCount: prefill.length + emptyRowCount(opts.dataRows),
  });
  return { layout, prefill };
}

/** The layout templateSheet(opts) produces: rows of the title, header and data. */
export function layoutFor(opts: TemplateOptions): TemplateLayout {
  return plan(opts).layout;
}

/** The blank Rencana Aksi sheet (the decree's Lampiran table), ready for an adapter to add. */
export function templateSheet(opts: TemplateOptions): SheetSpec {
  const year = yearText(opts.year);
  const { layout, prefill } = plan(opts);
  const parts = joinParts([
    headingPart(layout, { year, office: opts.office ?? "" }),
    headerPart(layout),
    bodyPart(layout, prefill),
  ]);
  const columnWidths: Record<number, number> = {};
  TEMPLATE_COLUMNS.forEach((c, i) => (columnWidths[i] = c.width));
  return {
    name: opts.name?.trim() || t("template.sheetName", "id", { year }),
    cells: parts.cells,
    rangeStyles: parts.rangeStyles,
    merges: parts.merges,
    columnWidths,
    rowHeights: parts.rowHeights,
    validations: parts.validations,
    freeze: { rows: layout.headerBottom + 1, cols: 1 },
    pageSetup: templatePageSetup(layout, opts.paper ?? "a4"),
    hideGridlines: true,
  };
}

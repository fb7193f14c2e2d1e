/**
 * Tables that look like a Rencana Aksi but are not one, and must not be validated as one: the
 * realisation / evaluation table of monitoring, the budget (spending) list, and the Perjanjian
 * Kinerja itself (targets without quarters). A header reading says which by its columns.
 */
import type { GridView } from "../grid";
import type { ColumnRole } from "./types";
import { monthOfLabel, norm } from "./text";

/**
 * - realisasi: Realisasi / Capaian / Rp columns (per quarter or for the year) and no planned
 *   quarterly targets: monitoring, not the plan;
 * - belanja: a spending list (Harga Satuan, Belanja, Kode Rekening ...);
 * - tanpaTriwulan: annual targets without any quarterly target column (the PK itself).
 */
export type NotPlanKind = "realisasi" | "belanja" | "tanpaTriwulan";

export type TableKind = "plan" | NotPlanKind;

/** What one header reading found, as far as telling a plan from a look-alike needs. */
export interface HeaderEvidence {
  columns: Partial<Record<ColumnRole, number>>;
  /** Quarter columns of planned targets (kinerja / pelaksanaan / unnamed), each placed once. */
  plannedQuarters: number;
  /** Quarter columns of realisation, capaian or budget (read but never validated). */
  otherQuarters: number;
  /** Month or semester columns of planned targets ("Januari", "Semester I"). */
  plannedPeriods: number;
  /** A header label names spending: Harga Satuan, Belanja, Kode Rekening, Koefisien. */
  spending: boolean;
}

const SPENDING = /\bharga\b|\bbelanja\b|\brekening\b|\bkoefisien\b/;
const MONEY_OR_RESULT = /\brealisasi\b|\bcapaian\b|\banggaran\b|\bkeuangan\b|\bpagu\b|\bdana\b|\brp\b|\bbiaya\b/;
/** "Semester I", "semester 2": a month is monthOfLabel's (text.ts), the one list of month names. */
const SEMESTER = /^semester (i|ii|1|2)$/;

/** True when a header label (any case, any punctuation) names spending. */
export function saysSpending(label: string): boolean {
  return SPENDING.test(norm(label));
}

/** True when a column's header path ends in a month or semester and is not a realisation or budget column. */
export function isPlannedPeriod(labels: readonly string[]): boolean {
  let leaf = "";
  for (let i = labels.length - 1; i >= 0 && !leaf; i--) leaf = norm(labels[i]);
  if (monthOfLabel(leaf) === null && !SEMESTER.test(leaf)) return false;
  return !labels.some((l) => MONEY_OR_RESULT.test(norm(l)));
}

const INDICATOR_ROLES: readonly ColumnRole[] = ["indikator", "indikatorSasaran", "indikatorProgram"];

/**
 * What a table is, from its header: a plan needs planned quarterly (or monthly) targets, or a
 * Rencana Aksi column beside its targets. Realisation and budget columns may stand beside the
 * targets of a plan; without planned quarters they make a realisation table or a budget list.
 */
export function tableKind(e: HeaderEvidence): TableKind {
  const c = e.columns;
  const indicator = INDICATOR_ROLES.some((r) => c[r] !== undefined);
  if (e.spending && !indicator && c.aksi === undefined) return "belanja";
  if (e.plannedQuarters >= 2 || e.plannedPeriods >= 2) return "plan";
  if (e.otherQuarters >= 2 || c.realisasi !== undefined) return "realisasi";
  if (e.spending) return "belanja";
  if (c.aksi !== undefined) return "plan";
  // Kegiatan / Sub Kegiatan named in their own columns: a nomenclature plan missing its quarters (a warning), not a PK.
  if (c.kegiatan !== undefined || c.subKegiatan !== undefined || (c.uraian !== undefined && c.sasaran === undefined)) return "plan";
  return "tanpaTriwulan";
}

const RENCANA_AKSI_TITLE = /^(rencana aksi|renaksi)\b/;
const MONITORING = /\b(monitoring|monev|evaluasi|pengukuran|capaian|realisasi|laporan|pemantauan)\b/;

/**
 * True when a line above the header (up to 20 rows) is titled "RENCANA AKSI ..." and not as its
 * monitoring: such a table without quarter columns is a plan missing them (a warning), not a PK.
 */
export function titledRencanaAksi(view: GridView, headerTop: number, headerRight: number): boolean {
  const end = Math.min(view.left + view.cols, headerRight + 1);
  for (let r = headerTop - 1; r >= Math.max(view.top, headerTop - 20); r--) {
    for (let c = view.left; c < end; c++) {
      const t = view.text(r, c);
      if (!t) continue;
      const n = norm(t);
      if (RENCANA_AKSI_TITLE.test(n) && !MONITORING.test(n)) return true;
    }
  }
  return false;
}

/** Message key telling the user, for a sheet, that its table is not a plan and why. */
export function notPlanKey(kind: NotPlanKind): "layout.notPlan.realisasi" | "layout.notPlan.belanja" | "layout.notPlan.tanpaTriwulan" {
  return `layout.notPlan.${kind}`;
}

/** Which look-alike to name when a workbook holds several and no plan: realisation first (the most common). */
export const NOT_PLAN_ORDER: readonly NotPlanKind[] = ["realisasi", "tanpaTriwulan", "belanja"];

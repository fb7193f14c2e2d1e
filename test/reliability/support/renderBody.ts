/**
 * The data rows of a generated plan in a layout: where each level's name and
 * indicator go, its numbering, targets, quarter cells and merges, and the
 * counts a correct parse must find.
 */
import type { CellValue } from "../../../src/core/grid";
import type { ColumnRole } from "../../../src/core/layout/types";
import { formatNumber } from "../../../src/core/numbers";
import type { PlanCounts } from "../../../src/core/plan/types";
import type { IndicatorSpec, KegiatanSpec, Layout, PlanSpec, ProgramSpec, SasaranSpec, SubSpec } from "./planSpec";

export interface BodyCell {
  value: CellValue;
  format?: string;
}
export type BodyRow = Map<ColumnRole, BodyCell>;

export interface Body {
  rows: BodyRow[];
  /** Merges in body coordinates (row index into rows, column role). */
  merges: { top: number; bottom: number; role: ColumnRole }[];
  counts: PlanCounts;
}

type Level = "sasaran" | "program" | "kegiatan" | "subKegiatan";

/** Column holding each level's name. */
function nameRole(l: Layout, level: Level): ColumnRole {
  if (l.kind === "single") return "uraian";
  if (level === "sasaran") return "sasaran";
  if (level === "program") return l.kind === "seed" ? "indikatorSasaran" : "program";
  if (l.kind === "levels") return level;
  return "uraian";
}

/** Column holding a Sasaran's or Program's own indicator; null: the seed has no place for a Sasaran's. */
function entityIndicatorRole(l: Layout, level: "sasaran" | "program"): ColumnRole | null {
  if (l.kind === "seed") return level === "program" ? "indikatorProgram" : null;
  if (l.kind === "full") return level === "program" ? "indikatorProgram" : "indikatorSasaran";
  return "indikator";
}

const ROW_PARTS: readonly ColumnRole[] = ["indikator", "target", "satuan", "kinerja1", "pelaksanaan1"];
const letter = (i: number): string => String.fromCharCode(65 + (i % 26));

function numbered(l: Layout, level: Level, name: string, path: number[], code: string): string {
  const n = path[path.length - 1];
  if (level === "sasaran") return l.kind === "single" || l.numbering !== "none" ? `Sasaran ${n} ${name}` : name;
  switch (l.numbering) {
    case "none": case "kode": return name;
    case "code": return `${code} ${name}`;
    case "keyword": return level === "kegiatan" ? `Kegiatan: ${name}` : level === "subKegiatan" ? `Sub Kegiatan: ${name}` : name;
    case "outline": return level === "program" ? `${n}. ${name}` : `${path.join(".")} ${name}`;
    default:
      if (level === "kegiatan") return `${letter(n - 1)}${l.numbering === "letterParen" ? ")" : "."} ${name}`;
      if (level === "program") return `${n}${l.numbering === "dot" || (l.numbering === "seed" && n % 2 === 1) ? "." : ")"} ${name}`;
      return `${n}${l.numbering === "dot" ? "." : ")"} ${name}`;
  }
}

function quarterCells(l: Layout, ind: IndicatorSpec, row: BodyRow): void {
  const groups = l.pelaksanaan ? ["kinerja", "pelaksanaan"] : ["kinerja"];
  const units = l.quarters === "units" && ind.target && ind.target.unit !== "%" ? ind.target.quantity : null;
  ind.schedule.forEach((s, q) => {
    let cell: BodyCell | null;
    if (l.quarters === "empty") cell = null;
    else if (units !== null) cell = { value: Math.round(units * s) / 100 };
    else if (l.quarters === "percentNumber") cell = { value: s / 100, format: Number.isInteger(s) ? "0%" : "0.00%" };
    else cell = { value: s === 0 ? "-" : `${formatNumber(s, "id")}${q % 2 ? " %" : "%"}` };
    if (cell) for (const g of groups) row.set(`${g}${q + 1}` as ColumnRole, cell);
  });
}

function targetCells(l: Layout, ind: IndicatorSpec, row: BodyRow): void {
  const t = ind.target;
  if (!t) return;
  if (l.target === "volumeSatuan" || l.target === "targetSatuan") {
    row.set("target", { value: t.quantity });
    row.set("satuan", { value: t.unit });
  } else row.set("target", { value: t.unit === "%" ? `${formatNumber(t.quantity, "id")}%` : `${formatNumber(t.quantity, "id")} ${t.unit}` });
}

class BodyBuilder {
  readonly rows: BodyRow[] = [];
  readonly merges: Body["merges"] = [];
  readonly counts: PlanCounts = { sasaran: 0, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 0, aksi: 0 };
  private entities = 0;

  constructor(readonly l: Layout) {}

  /** Row for a new entity: its parent's row (still the last one) when compact and free there, else a new one. */
  start(level: Level, text: string, code: string, parentRow: number | null): number {
    const role = nameRole(this.l, level);
    const last = this.rows[this.rows.length - 1];
    const share = this.l.compact && this.l.numbering !== "kode" && parentRow === this.rows.length - 1 &&
      !last.has(role) && ROW_PARTS.every((p) => !last.has(p));
    const row = share ? last : new Map<ColumnRole, BodyCell>();
    if (!share) this.rows.push(row);
    row.set(role, { value: text });
    this.counts[level]++;
    if (this.l.numbering === "kode" && code) row.set("kode", { value: code });
    if (this.l.noColumn && !share) row.set("no", { value: ++this.entities });
    if (this.l.extras.includes("Penanggung Jawab") && level !== "sasaran") row.set("penanggungJawab", { value: "Subbag Program" });
    if (this.l.extras.includes("Anggaran (Rp)") && level !== "sasaran") row.set("anggaran", { value: 150_000_000, format: "#,##0" });
    return this.rows.length - 1;
  }

  /** An indicator with its target and quarters, on the given row or a new indicator-only row. */
  indicator(ind: IndicatorSpec, at: number | null): void {
    const row = at === null ? new Map<ColumnRole, BodyCell>() : this.rows[at];
    if (at === null) this.rows.push(row);
    row.set("indikator", { value: ind.text });
    targetCells(this.l, ind, row);
    quarterCells(this.l, ind, row);
    if (this.l.ket && this.rows.length % 3 === 0) row.set("keterangan", { value: "Sesuai jadwal" });
    this.counts.indikator++;
  }

  entityIndicator(level: "sasaran" | "program", text: string | null, at: number): void {
    const role = entityIndicatorRole(this.l, level);
    if (!text || !role) return;
    if (role === "indikator") this.indicator({ text, target: { quantity: 100, unit: "%" }, schedule: [25, 50, 75, 100] }, at);
    else {
      this.rows[at].set(role, { value: text });
      this.counts.indikator++;
    }
  }

  mergeDown(role: ColumnRole, top: number): void {
    if (this.l.mergeDown && this.rows.length - 1 > top) this.merges.push({ top, bottom: this.rows.length - 1, role });
  }
}

function sub(b: BodyBuilder, s: SubSpec, path: number[], code: string, parentRow: number): void {
  const at = b.start("subKegiatan", numbered(b.l, "subKegiatan", s.name, path, code), code, parentRow);
  s.indicators.forEach((ind, i) => b.indicator(ind, i === 0 ? at : null));
}

function kegiatan(b: BodyBuilder, k: KegiatanSpec, path: number[], code: string, parentRow: number): void {
  const at = b.start("kegiatan", numbered(b.l, "kegiatan", k.name, path, code), code, parentRow);
  if (k.indicator) b.indicator(k.indicator, at);
  k.subs.forEach((s, i) => sub(b, s, [...path, i + 1], `${code}.${String(i + 1).padStart(4, "0")}`, at));
  if (b.l.kind === "levels") b.mergeDown("kegiatan", at);
}

function program(b: BodyBuilder, p: ProgramSpec, path: number[], code: string, parentRow: number): void {
  const l = b.l;
  const at = b.start("program", numbered(l, "program", p.name, path, code), code, parentRow);
  b.entityIndicator("program", p.indicator, at);
  p.kegiatan.forEach((k, i) => kegiatan(b, k, [...path, i + 1], `${code}.2.${String(i + 1).padStart(2, "0")}`, at));
  if (l.kind !== "single") b.mergeDown(nameRole(l, "program"), at);
  if (entityIndicatorRole(l, "program") === "indikatorProgram" && p.indicator) b.mergeDown("indikatorProgram", at);
}

function sasaran(b: BodyBuilder, s: SasaranSpec, n: number, programBase: number): number {
  const l = b.l;
  const at = b.start("sasaran", numbered(l, "sasaran", s.name, [n], ""), "", null);
  b.entityIndicator("sasaran", s.indicator, at);
  s.programs.forEach((p, i) => program(b, p, [i + 1], `2.17.${String(programBase + i + 1).padStart(2, "0")}`, at));
  if (l.kind !== "single") b.mergeDown("sasaran", at);
  if (entityIndicatorRole(l, "sasaran") === "indikatorSasaran" && s.indicator) b.mergeDown("indikatorSasaran", at);
  return programBase + s.programs.length;
}

export function renderBody(spec: PlanSpec, l: Layout): Body {
  const b = new BodyBuilder(l);
  let programs = 0;
  spec.sasaran.forEach((s, i) => (programs = sasaran(b, s, i + 1, programs)));
  return { rows: b.rows, merges: b.merges, counts: b.counts };
}

/** The columns of a generated layout and its 1-3 header rows (labels, merges, the column-number row). */
import type { CellValue, RangeRef } from "../../../src/core/grid";
import type { ColumnRole } from "../../../src/core/layout/types";
import type { Layout } from "./planSpec";

export interface Column {
  role: ColumnRole;
  /** Header labels top to bottom (1 to 3). */
  path: string[];
  /** The label when the header has one row. */
  flat: string;
}

const col = (role: ColumnRole, path: string[], flat = path.join(" ")): Column => ({ role, path, flat });

function nameColumns(l: Layout): Column[] {
  switch (l.kind) {
    case "seed":
      return [
        col("sasaran", ["Sasaran"]), col("indikatorSasaran", ["Indikator", "Sasaran"]), col("indikatorProgram", ["Indikator", "Program"]),
        col("uraian", ["Kegiatan/Sub Kegiatan", "Uraian"], "Kegiatan/Sub Kegiatan"), col("indikator", ["Kegiatan/Sub Kegiatan", "Indikator"], "Indikator Kinerja"),
      ];
    case "full":
      return [
        col("sasaran", ["Sasaran"]), col("indikatorSasaran", ["Indikator Sasaran"]), col("program", ["Program"]),
        col("indikatorProgram", ["Indikator Program"]), col("uraian", ["Kegiatan/Sub Kegiatan"]), col("indikator", ["Indikator"]),
      ];
    case "levels":
      return [col("sasaran", ["Sasaran Strategis"]), col("program", ["Program"]), col("kegiatan", ["Kegiatan"]), col("subKegiatan", ["Sub Kegiatan"]), col("indikator", ["Indikator Kinerja"])];
    case "single":
      return [col("uraian", ["Sasaran / Program / Kegiatan / Sub Kegiatan"]), col("indikator", ["Indikator Kinerja"])];
  }
}

const ROMAN = ["I", "II", "III", "IV"];

function quarterLeaf(l: Layout, q: number): string {
  switch (l.quarterLabel) {
    case "roman": return ROMAN[q];
    case "tw": return `TW ${ROMAN[q]}`;
    case "twDigit": return `TW ${q + 1}`;
    case "triwulan": return `Triwulan ${ROMAN[q]}`;
    case "q": return `Q${q + 1}`;
    case "digit": return String(q + 1);
  }
}

/** Every column of the layout, left to right. */
export function layoutColumns(l: Layout): Column[] {
  const cols: Column[] = [];
  if (l.noColumn) cols.push(col("no", ["No"]));
  if (l.numbering === "kode") cols.push(col("kode", ["Kode"]));
  cols.push(...nameColumns(l));
  if (l.target === "volumeSatuan") cols.push(col("target", ["Target", "Volume"], "Volume"), col("satuan", ["Target", "Satuan"], "Satuan"));
  else if (l.target === "targetSatuan") cols.push(col("target", ["Target"]), col("satuan", ["Satuan"]));
  else cols.push(col("target", [l.target]));
  const extras: Column[] = l.extras.map((e) => col(e === "Anggaran (Rp)" ? "anggaran" : e === "Penanggung Jawab" ? "penanggungJawab" : "realisasi", [e]));
  if (l.ket) extras.push(col("keterangan", [l.ket]));
  if (l.extrasFirst) cols.push(...extras);
  const groups = l.pelaksanaan ? (["kinerja", "pelaksanaan"] as const) : (["kinerja"] as const);
  for (const g of groups) {
    const name = (g === "kinerja" ? "Target Kinerja" : "Target pelaksanaan") + (l.percentLabel ? " (%)" : "");
    for (let q = 0; q < 4; q++) {
      const leaf = quarterLeaf(l, q);
      const path = l.headerRows < 3 ? [name, leaf] : l.thirdRow === "triwulan" ? [name, "Triwulan", leaf] : [name, leaf, "(%)"];
      cols.push(col(`${g}${q + 1}` as ColumnRole, path, `${name} ${leaf}`));
    }
  }
  if (!l.extrasFirst) cols.push(...extras);
  return cols;
}

/** A column's labels fitted to h header rows ("" where a label is merged down or left blank). */
function fitted(c: Column, h: number): string[] {
  if (h === 1) return [c.flat];
  const p = c.path.length > h ? [c.path[0], c.path[c.path.length - 1]] : c.path.slice();
  while (p.length < h) p.push("");
  return p;
}

export interface HeaderCells {
  rows: CellValue[][];
  merges: RangeRef[];
}

/** Header rows (and the column-number row) for columns starting at (top, left). */
export function headerCells(l: Layout, cols: readonly Column[], top: number, left: number): HeaderCells {
  const h = l.headerRows;
  const labels = cols.map((c) => fitted(c, h));
  const shown = (s: string): CellValue => {
    if (s === "") return null;
    const t = l.upperCaseHeader ? s.toUpperCase() : s;
    return l.lineBreaks ? t.replace(" ", "\n") : t;
  };
  const rows: CellValue[][] = Array.from({ length: h }, (_, d) => labels.map((ls) => shown(ls[d])));
  const merges: RangeRef[] = [];
  for (let d = 0; d < h; d++) {
    for (let i = 0; i < cols.length; ) {
      const own = labels[i][d];
      let j = i;
      // A group label spans the following columns with the same labels down to this depth (not their leaves).
      const isGroup = own !== "" && labels[i].slice(d + 1).some((s) => s !== "");
      while (isGroup && j + 1 < cols.length && labels[j + 1].slice(0, d + 1).join("\u0001") === labels[i].slice(0, d + 1).join("\u0001")) j++;
      let down = d;
      while (own !== "" && down + 1 < h && labels[i][down + 1] === "" && i === j) down++;
      if (l.mergeHeader && (j > i || down > d)) {
        merges.push({ top: top + d, left: left + i, bottom: top + down, right: left + j });
        for (let k = i + 1; k <= j; k++) rows[d][k] = null;
      }
      i = j + 1;
    }
  }
  if (l.numberRow) rows.push(cols.map((_, i) => `(${i + 1})`));
  return { rows, merges };
}

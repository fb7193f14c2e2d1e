import { colToLetters } from "../grid";
import type { NomenclatureProgram } from "./nomenclature";

export type PrefillLevel = "program" | "kegiatan" | "subKegiatan";

/** One prefilled row: the numbered name of a programme, kegiatan or sub kegiatan. */
export interface PrefillRow {
  level: PrefillLevel;
  /** As written in the sheet: "1. Program ...", "A. ...", "1) ...". */
  text: string;
  /** Nomenclature code relative to urusan/bidang: "01", "01.2.01", "01.2.01.0001". */
  kode: string;
  /** A sub kegiatan's official indikator and satuan, when its list names them. */
  indikator?: string;
  satuan?: string;
}

/** Capital letters for kegiatan: A..Z, then AA, AB, ... (as column letters). */
export function kegiatanLetter(index: number): string {
  return colToLetters(index);
}

/** Rows for programmes in order: "1." per programme, "A." per kegiatan, "1)" per sub kegiatan. */
export function prefillRows(programs: readonly NomenclatureProgram[]): PrefillRow[] {
  const rows: PrefillRow[] = [];
  programs.forEach((p, pi) => {
    rows.push({ level: "program", text: `${pi + 1}. ${p.nama}`, kode: p.kode });
    p.kegiatan.forEach((k, ki) => {
      const kode = `${p.kode}.${k.kode}`;
      rows.push({ level: "kegiatan", text: `${kegiatanLetter(ki)}. ${k.nama}`, kode });
      k.subKegiatan.forEach((s, si) => {
        rows.push({
          level: "subKegiatan", text: `${si + 1}) ${s.nama}`, kode: `${kode}.${s.kode}`,
          ...(s.indikator ? { indikator: s.indikator } : {}), ...(s.satuan ? { satuan: s.satuan } : {}),
        });
      });
    });
  });
  return rows;
}

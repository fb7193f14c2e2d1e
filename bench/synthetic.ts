/**
 * Synthetic Rencana Aksi tables for benchmarks: deterministic,
 * seeded, any number of data rows. The layout follows the seed's annex: a
 * Lampiran block, a two-line title, a two-row header with merged groups
 * (Sasaran | Indikator: Sasaran, Program | Kegiatan/Sub Kegiatan: Uraian,
 * Indikator | Target | Target Kinerja I-IV | Target Pelaksanaan I-IV | ket),
 * Sasaran > Program > Kegiatan > Sub Kegiatan > indicator rows, the Sasaran
 * and Program cells merged down over their rows, targets such as "12 Bulan",
 * quarter cells as numbers with a percent format or as percent text.
 *
 * Test and bench tooling: it lives outside src/ on purpose.
 */
import type { CellValue, Grid, RangeRef } from "../src/core/grid";
import type { PlanCounts } from "../src/core/plan/types";
import { displayText } from "../src/xlsx/display";
import { PROGRAM_PENUNJANG, type NomenclatureKegiatan } from "../src/core/template/nomenclature";
import { NomenclatureList } from "../src/core/nomenclature/list";
import { VERSION_SOURCES } from "../src/core/nomenclature/data";
import { INDICATORS, KEGIATAN_INDICATORS, PROGRAMS, SASARAN, SCHEDULES } from "./syntheticWords";

export type DefectKind = "garbled" | "spelling" | "sum" | "noTarget";
export const DEFECT_KINDS: readonly DefectKind[] = ["garbled", "spelling", "sum", "noTarget"];

export interface SyntheticOptions {
  /** Data rows below the header. */
  rows: number;
  seed?: number;
  /** Share of indicator rows given one defect (0..1); default 0: a clean plan. */
  defects?: number;
  /** How quarter cells are written; "mixed" alternates per Sasaran; "empty" leaves them blank (a plan to fill). Default "mixed". */
  quarters?: "number" | "text" | "mixed" | "empty";
  sheet?: string;
  year?: number;
  /**
   * A programme's own kegiatan (with their sub kegiatan), as an official list files them; null
   * for a programme the list does not name. Without it (and for such a programme) every
   * programme gets the support programme's kegiatan, which the list files elsewhere.
   */
  kegiatanOf?: (programme: string) => readonly NomenclatureKegiatan[] | null;
}

export interface SyntheticSheet {
  name: string;
  /** Cells from A1, `width` columns each; merged-over cells are null. */
  values: CellValue[][];
  formats: string[][];
  merges: RangeRef[];
  /** First data row (0-based) and the number of data rows. */
  dataTop: number;
  dataRows: number;
  /** What a correct parse finds. */
  counts: PlanCounts;
  defects: { row: number; kind: DefectKind }[];
}

/** Column of each part of the table (0-based). */
export const COL = { sasaran: 0, program: 1, programIndicator: 2, uraian: 3, indikator: 4, target: 5, kinerja: 6, pelaksanaan: 10, ket: 14 } as const;
export const WIDTH = 15;
const HEADER_TOP = 8;
const DATA_TOP = HEADER_TOP + 2;

/** mulberry32: a small, fast, seeded generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  readonly merges: RangeRef[] = [];

  row(r: number): CellValue[] {
    while (this.values.length <= r) {
      this.values.push(new Array<CellValue>(WIDTH).fill(null));
      this.formats.push(new Array<string>(WIDTH).fill("General"));
    }
    return this.values[r];
  }

  set(r: number, c: number, v: CellValue, format = "General"): void {
    this.row(r)[c] = v;
    this.formats[r][c] = format;
  }

  /** Merge a column over rows top..bottom (no merge for one row). */
  mergeDown(col: number, top: number, bottom: number): void {
    if (bottom > top) this.merges.push({ top, left: col, bottom, right: col });
  }
}

function heading(b: SheetBuilder, year: number): void {
  const lampiran = [
    "Lampiran I : KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO KABUPATEN CONTOH",
    `TENTANG RENCANA AKSI PENCAPAIAN KINERJA TAHUN ${year}`,
    `NOMOR 188 / 001.1 / K / 411.310 / ${year}`,
    `Tanggal 10 Januari ${year}`,
  ];
  lampiran.forEach((t, i) => b.set(i, 9, t));
  b.set(5, 0, `RENCANA AKSI TAHUN ${year}`);
  b.set(6, 0, "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN CONTOH");
  b.merges.push({ top: 5, left: 0, bottom: 5, right: WIDTH - 1 }, { top: 6, left: 0, bottom: 6, right: WIDTH - 1 });
  const h = HEADER_TOP;
  const top: [number, string][] = [
    [0, "Sasaran"], [1, "Indikator"], [3, "Kegiatan/Sub Kegiatan"], [5, "Target Sasaran/ Program/ Kegiatan/ Sub Kegiatan"],
    [6, "Target Kinerja"], [10, "Target Pelaksanaan"], [14, "Ket"],
  ];
  for (const [c, t] of top) b.set(h, c, t);
  const sub: [number, string][] = [[1, "Sasaran"], [2, "Program"], [3, "Uraian"], [4, "Indikator"]];
  for (const [c, t] of sub) b.set(h + 1, c, t);
  for (let q = 0; q < 4; q++) {
    b.set(h + 1, 6 + q, ["I", "II", "III", "IV"][q]);
    b.set(h + 1, 10 + q, ["I", "II", "III", "IV"][q]);
  }
  const m = (left: number, right: number, rows: number): RangeRef => ({ top: h, left, bottom: h + rows - 1, right });
  b.merges.push(m(0, 0, 2), m(1, 2, 1), m(3, 4, 1), m(5, 5, 2), m(6, 9, 1), m(10, 13, 1), m(14, 14, 2));
}

/** Quarter cells of one group: numbers under a percent format, or percent text with dashes for 0. */
function writeQuarters(b: SheetBuilder, r: number, col: number, schedule: readonly number[], asText: boolean): void {
  schedule.forEach((v, q) => {
    if (asText) b.set(r, col + q, v === 0 ? "-" : `${v}%`);
    else b.set(r, col + q, v / 100, "0%");
  });
}

/** Pick `n` distinct items in a random order. */
function pickDistinct<T>(pool: readonly T[], n: number, rand: () => number): T[] {
  const idx = pool.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, Math.min(n, pool.length)).map((i) => pool[i]);
}

/** Non-standard spellings of the seed's kind, by the standard word. */
const SLIPS: Record<string, string> = { Persentase: "Prosentase", Terlaksananya: "Trelaksananya", Tersedianya: "Tersediannya" };

const between = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

/** Generate a plan table of exactly `rows` data rows (fewer only when rows < 1). */
export function syntheticPlan(opts: SyntheticOptions): SyntheticSheet {
  const rand = seededRandom(opts.seed ?? 1);
  const defectRate = opts.defects ?? 0;
  const quarters = opts.quarters ?? "mixed";
  const b = new SheetBuilder();
  heading(b, opts.year ?? 2027);
  const counts: PlanCounts = { sasaran: 0, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 0, aksi: 0 };
  const defects: SyntheticSheet["defects"] = [];
  const end = DATA_TOP + Math.max(0, Math.floor(opts.rows));
  let r = DATA_TOP;

  /** One indicator row's target and quarters (with a defect now and then). */
  const indicatorRow = (indicator: string, target: string, asText: boolean): void => {
    const schedule = SCHEDULES[between(rand, 0, SCHEDULES.length - 1)];
    let defect: DefectKind | null = rand() < defectRate ? DEFECT_KINDS[between(rand, 0, DEFECT_KINDS.length - 1)] : null;
    if (quarters === "empty" && (defect === "sum" || defect === "garbled")) defect = null;
    let text = indicator;
    if (defect === "spelling") {
      text = indicator.replace(/^(Persentase|Terlaksananya|Tersedianya)/, (w) => SLIPS[w] ?? w);
      if (text === indicator) text = `${indicator} sesuai standarisasi`;
    }
    b.set(r, COL.indikator, text);
    if (defect !== "noTarget") b.set(r, COL.target, target);
    if (quarters !== "empty") {
      writeQuarters(b, r, COL.kinerja, defect === "sum" ? [20, 20, 20, 20] : schedule, asText);
      writeQuarters(b, r, COL.pelaksanaan, schedule, asText);
      if (defect === "garbled") b.set(r, COL.kinerja + 1, "21,25 5%");
    }
    if (defect) defects.push({ row: r, kind: defect });
    counts.indikator++;
  };

  for (let s = 1; r < end; s++) {
    const sasaranTop = r;
    const asText = quarters === "text" || (quarters === "mixed" && s % 2 === 0);
    const round = Math.floor((s - 1) / SASARAN.length);
    b.set(r, COL.sasaran, `Sasaran ${s} ${SASARAN[(s - 1) % SASARAN.length]}${round ? ` wilayah ${round + 1}` : ""}`);
    counts.sasaran++;
    const programs = pickDistinct(PROGRAMS, between(rand, 1, 3), rand);
    for (let p = 0; p < programs.length && r < end; p++) {
      const programTop = r;
      b.set(r, COL.program, `${p + 1}. ${programs[p][0]}`);
      b.set(r, COL.programIndicator, programs[p][1]);
      counts.program++;
      counts.indikator++;
      const own = opts.kegiatanOf?.(programs[p][0]);
      const kegiatan = pickDistinct(own?.length ? own : PROGRAM_PENUNJANG.kegiatan, between(rand, 2, 8), rand);
      for (let k = 0; k < kegiatan.length && r < end; k++) {
        b.set(r, COL.uraian, `${String.fromCharCode(65 + k)}. ${kegiatan[k].nama}`);
        counts.kegiatan++;
        indicatorRow(KEGIATAN_INDICATORS[between(rand, 0, KEGIATAN_INDICATORS.length - 1)], "100%", asText);
        r++;
        const subs = pickDistinct(kegiatan[k].subKegiatan, between(rand, 1, 5), rand).map((x) => x.nama);
        for (let j = 0; j < subs.length && r < end; j++) {
          b.set(r, COL.uraian, `${j + 1}) ${subs[j]}`);
          counts.subKegiatan++;
          const indicators = pickDistinct(INDICATORS, between(rand, 1, 3), rand);
          for (let i = 0; i < indicators.length && r < end; i++) {
            const [text, unit] = indicators[i];
            const qty = unit === "Bulan" ? 12 : unit === "Paket" ? 1 : between(rand, 2, 400);
            indicatorRow(text, `${qty} ${unit}`, asText);
            r++;
          }
        }
      }
      b.mergeDown(COL.program, programTop, r - 1);
      b.mergeDown(COL.programIndicator, programTop, r - 1);
    }
    b.mergeDown(COL.sasaran, sasaranTop, r - 1);
  }
  b.row(Math.max(r - 1, DATA_TOP - 1));
  return {
    name: opts.sheet ?? "Lampiran I",
    values: b.values,
    formats: b.formats,
    merges: b.merges,
    dataTop: DATA_TOP,
    dataRows: r - DATA_TOP,
    counts,
    defects,
  };
}

/** The newest official list, open-ended (the bench plans are of 2027, which the newest held list is read for). */
export async function latestList(): Promise<NomenclatureList> {
  const latest = VERSION_SOURCES[VERSION_SOURCES.length - 1];
  return new NomenclatureList({ ...latest, to: null }, await latest.rows());
}

/** kegiatanOf from an official list: a programme's kegiatan and their sub kegiatan, named as listed. */
export function listedKegiatan(list: NomenclatureList): (programme: string) => NomenclatureKegiatan[] | null {
  return (programme) => {
    const [entry] = list.named(programme, "program");
    if (!entry) return null;
    return entry.children.map((k) => ({ kode: k.code, nama: k.name, subKegiatan: k.children.map((sub) => ({ kode: sub.code, nama: sub.name })) }));
  };
}

/** What an office calls its own kegiatan, and their sub kegiatan (no official list holds these names). */
const OWN_KEGIATAN = ["Penguatan Layanan", "Pendampingan Teknis", "Fasilitasi Kemitraan", "Pembinaan Kelembagaan", "Pengembangan Kapasitas", "Sinergi Program", "Penataan Data", "Percepatan Pelayanan"];
const OWN_SUB = ["Rapat Koordinasi", "Bimbingan Teknis", "Monitoring Lapangan", "Penyusunan Laporan", "Sosialisasi Kegiatan"];

/**
 * kegiatanOf for an office that names its own kegiatan: eight a programme, five sub kegiatan each,
 * named after the programme, so that the matcher looks for each of them in the list and finds none.
 */
export function ownKegiatan(programme: string): NomenclatureKegiatan[] {
  const topic = programme.replace(/^Program\s+/i, "");
  return OWN_KEGIATAN.map((what, k) => ({
    kode: `9.${String(k + 1).padStart(2, "0")}`,
    nama: `${what} ${topic}`,
    subKegiatan: OWN_SUB.map((act, j) => ({ kode: String(j + 1).padStart(4, "0"), nama: `${act} ${what} ${topic}` })),
  }));
}

/** The table as the engine's Grid (display text as the xlsx adapter makes it). */
export function syntheticGrid(s: SyntheticSheet): Grid {
  return {
    sheet: s.name,
    origin: { row: 0, col: 0 },
    values: s.values.map((row) => row.slice()),
    text: s.values.map((row, r) => row.map((v, c) => displayText(v, s.formats[r][c]))),
    formats: s.formats.map((row) => row.slice()),
    merges: s.merges.map((m) => ({ ...m })),
    hiddenRows: [],
    hiddenCols: [],
  };
}

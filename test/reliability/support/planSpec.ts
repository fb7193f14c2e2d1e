/**
 * Random but valid plans (the tree) and random table layouts, as fast-check
 * arbitraries: shrinking gives the smallest plan and the plainest layout that
 * still fails. render.ts turns a (plan, layout) pair into a Grid.
 */
import fc from "fast-check";
import { INDICATOR_TEXTS, KEGIATAN_NAMES, OFFICES, PROGRAM_NAMES, SASARAN_NAMES, SUB_NAMES, UNITS } from "./words";

export interface TargetSpec {
  quantity: number;
  /** "%" for a percentage target. */
  unit: string;
}

export interface IndicatorSpec {
  text: string;
  target: TargetSpec | null;
  /** Schedule in percent, cumulative (last = 100) or per quarter. */
  schedule: number[];
}

export interface SubSpec { name: string; indicators: IndicatorSpec[] }
export interface KegiatanSpec { name: string; indicator: IndicatorSpec | null; subs: SubSpec[] }
export interface ProgramSpec { name: string; indicator: string | null; kegiatan: KegiatanSpec[] }
export interface SasaranSpec { name: string; indicator: string | null; programs: ProgramSpec[] }
export interface PlanSpec { sasaran: SasaranSpec[] }

/** The four shapes of Lampiran table DOMAIN.md describes (see render.ts for their columns). */
export type LayoutKind = "seed" | "levels" | "single" | "full";
export type Numbering = "seed" | "dot" | "letterParen" | "outline" | "code" | "kode" | "keyword" | "none";

export interface Layout {
  kind: LayoutKind;
  numbering: Numbering;
  headerRows: 1 | 2 | 3;
  /** Header cells merged (groups across, single labels down) or labels repeated in every cell. */
  mergeHeader: boolean;
  /** A row of column numbers "(1) (2) ..." under the header. */
  numberRow: boolean;
  /** DOMAIN.md's synonyms and a bare "1".."4" under the group label ("Target Kinerja 1" with one header row). */
  quarterLabel: "roman" | "tw" | "twDigit" | "triwulan" | "q" | "digit";
  /** With three header rows: "Triwulan" between group and quarter, or a "(%)" row under the quarter. */
  thirdRow: "triwulan" | "percent";
  pelaksanaan: boolean;
  /** The annual target's column(s): one cell "12 Bulan", or a quantity with a Satuan column (under "Target" or beside it). */
  target: "Target" | "Target Tahunan" | "Target Sasaran/ Program/ Kegiatan/ Sub Kegiatan" | "volumeSatuan" | "targetSatuan";
  /** "Target Kinerja (%)" rather than "Target Kinerja". */
  percentLabel: boolean;
  ket: "Keterangan" | "Ket" | "ket" | null;
  /** Extra columns and Ket between the target and the quarters instead of at the end. */
  extrasFirst: boolean;
  /** Header labels broken over two lines ("Target\nKinerja"). */
  lineBreaks: boolean;
  extras: ("Anggaran (Rp)" | "Penanggung Jawab" | "Realisasi")[];
  noColumn: boolean;
  /** Sasaran and Program cells merged down over their rows. */
  mergeDown: boolean;
  /** The first child shares its parent's row, as in the seed (where columns allow). */
  compact: boolean;
  quarters: "percentNumber" | "percentText" | "units" | "empty";
  title: { year: number; office: string; lampiran: boolean } | null;
  /** Blank rows and columns before the table (or the title). */
  offset: { rows: number; cols: number };
  signature: boolean;
  upperCaseHeader: boolean;
  /** The grid starts at the used range (as the xlsx adapter gives it) rather than at A1. */
  trim: boolean;
}

const SCHEDULES = [[25, 50, 75, 100], [25, 25, 25, 25], [0, 0, 100, 100], [10, 30, 60, 100], [0, 50, 30, 20], [21.25, 42.5, 63.75, 100]];

const target: fc.Arbitrary<TargetSpec> = fc.oneof(
  fc.record({ quantity: fc.constantFrom(12, 1, 4, 7, 20, 100, 250, 1250, 14250), unit: fc.constantFrom(...UNITS) }),
  fc.record({ quantity: fc.constantFrom(100, 9.7, 85.5), unit: fc.constant("%") }),
);

const indicator: fc.Arbitrary<IndicatorSpec> = fc.record({
  text: fc.constantFrom(...INDICATOR_TEXTS),
  target: fc.option(target, { freq: 6 }),
  schedule: fc.constantFrom(...SCHEDULES),
});

/** A sub kegiatan normally has indicator rows; now and then none yet. */
const sub: fc.Arbitrary<SubSpec> = fc.record({
  name: fc.constantFrom(...SUB_NAMES),
  indicators: fc.oneof({ arbitrary: fc.array(indicator, { minLength: 1, maxLength: 3 }), weight: 6 }, { arbitrary: fc.constant<IndicatorSpec[]>([]), weight: 1 }),
});
const kegiatan: fc.Arbitrary<KegiatanSpec> = fc.record({
  name: fc.constantFrom(...KEGIATAN_NAMES),
  indicator: fc.option(indicator),
  subs: fc.array(sub, { maxLength: 4 }),
});
const program: fc.Arbitrary<ProgramSpec> = fc.record({
  name: fc.constantFrom(...PROGRAM_NAMES),
  indicator: fc.option(fc.constantFrom(...INDICATOR_TEXTS)),
  kegiatan: fc.array(kegiatan, { minLength: 1, maxLength: 3 }),
});
const sasaran: fc.Arbitrary<SasaranSpec> = fc.record({
  name: fc.constantFrom(...SASARAN_NAMES),
  indicator: fc.option(fc.constantFrom(...INDICATOR_TEXTS)),
  programs: fc.array(program, { minLength: 1, maxLength: 3 }),
});

export const planSpec: fc.Arbitrary<PlanSpec> = fc.record({ sasaran: fc.array(sasaran, { minLength: 1, maxLength: 3 }) });

/** Numberings that tell every level apart in the layout's shared columns. */
const NUMBERINGS: Record<LayoutKind, Numbering[]> = {
  seed: ["seed", "dot", "letterParen", "outline", "code", "kode", "keyword"],
  full: ["seed", "dot", "letterParen", "outline", "code", "kode", "keyword"],
  single: ["seed", "dot", "letterParen", "outline", "code", "kode", "keyword"],
  levels: ["none", "seed", "dot", "code", "kode", "keyword"],
};

export const layout: fc.Arbitrary<Layout> = fc
  .constantFrom<LayoutKind>("seed", "levels", "single", "full")
  .chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      numbering: fc.constantFrom(...NUMBERINGS[kind]),
      headerRows: fc.constantFrom<1 | 2 | 3>(2, 1, 3),
      mergeHeader: fc.boolean(),
      numberRow: fc.boolean(),
      quarterLabel: fc.constantFrom<Layout["quarterLabel"]>("roman", "tw", "twDigit", "triwulan", "q", "digit"),
      thirdRow: fc.constantFrom<Layout["thirdRow"]>("triwulan", "percent"),
      pelaksanaan: fc.boolean(),
      target: fc.constantFrom<Layout["target"]>("Target", "Target Tahunan", "Target Sasaran/ Program/ Kegiatan/ Sub Kegiatan", "volumeSatuan", "targetSatuan"),
      percentLabel: fc.boolean(),
      ket: fc.constantFrom<Layout["ket"]>(null, "Keterangan", "Ket", "ket"),
      extrasFirst: fc.boolean(),
      lineBreaks: fc.boolean(),
      extras: fc.subarray(["Anggaran (Rp)", "Penanggung Jawab", "Realisasi"] as Layout["extras"]),
      noColumn: fc.boolean(),
      mergeDown: fc.boolean(),
      compact: fc.boolean(),
      quarters: fc.constantFrom<Layout["quarters"]>("percentNumber", "percentText", "units", "empty"),
      title: fc.option(fc.record({ year: fc.integer({ min: 2019, max: 2030 }), office: fc.constantFrom(...OFFICES), lampiran: fc.boolean() })),
      offset: fc.oneof(
        { arbitrary: fc.record({ rows: fc.nat({ max: 6 }), cols: fc.nat({ max: 4 }) }), weight: 4 },
        { arbitrary: fc.record({ rows: fc.nat({ max: 60 }), cols: fc.nat({ max: 30 }) }), weight: 1 },
      ),
      signature: fc.boolean(),
      upperCaseHeader: fc.boolean(),
      trim: fc.boolean(),
    }),
  );

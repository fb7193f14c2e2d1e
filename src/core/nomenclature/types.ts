/** The official nomenclature lists (Kepmendagri), one version per set of plan years. */

export type ListLevel = "program" | "kegiatan" | "subKegiatan";

/** A list version as the generated index names it (data/index.ts). */
export interface VersionSource {
  /** "kepmendagri-900.1.15.5-1317-2023" */
  readonly id: string;
  /** "Kepmendagri 900.1.15.5-1317/2023" */
  readonly decree: string;
  /** The first plan year the version governs. */
  readonly from: number;
  /** Its rows (the generated module's ROWS), loaded as a chunk of their own. */
  rows(): Promise<string>;
}

/** A list version and the plan years it governs. */
export interface ListVersion {
  readonly id: string;
  readonly decree: string;
  readonly from: number;
  /** The last plan year it governs; null: every later year (no newer version is known). */
  readonly to: number | null;
}

/** One program, kegiatan or sub kegiatan of a list. */
export interface ListEntry {
  readonly id: number;
  /** As listed: "2.16.02.2.01.0001"; the support programme's "X.XX.01...". */
  readonly code: string;
  readonly level: ListLevel;
  /** As listed (programs in capitals; transcription artefacts kept). */
  readonly name: string;
  /** The name compared loosely (nameKey). */
  readonly key: string;
  readonly parent: ListEntry | null;
  readonly children: ListEntry[];
  /** A sub kegiatan's official indikator and satuan ("" when the list has none). */
  readonly indikator?: string;
  readonly satuan?: string;
}

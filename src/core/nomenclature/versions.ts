import { VERSION_SOURCES } from "./data";
import { NomenclatureList } from "./list";
import type { ListVersion, VersionSource } from "./types";

/** Every list version in the project, oldest first, each with the plan years it governs. */
export const LIST_VERSIONS: readonly ListVersion[] = VERSION_SOURCES.map((v, i) => {
  const next = VERSION_SOURCES[i + 1];
  return { id: v.id, decree: v.decree, from: v.from, to: next ? next.from - 1 : null };
});

export function governs(v: ListVersion, year: number): boolean {
  return year >= v.from && (v.to === null || year <= v.to);
}

/** The version that governs a plan year; null when none does (a year before the first version). */
export function governingVersion(year: number | null): ListVersion | null {
  if (year === null || !Number.isFinite(year)) return null;
  return LIST_VERSIONS.find((v) => governs(v, year)) ?? null;
}

const loaded = new Map<string, Promise<NomenclatureList>>();

/** A version's list, read once (its data arrives as a chunk of its own). */
export function loadList(version: ListVersion): Promise<NomenclatureList> {
  let p = loaded.get(version.id);
  if (!p) {
    const source = VERSION_SOURCES.find((s: VersionSource) => s.id === version.id);
    if (!source) return Promise.reject(new Error(`no nomenclature version ${version.id}`));
    p = source.rows().then((rows) => new NomenclatureList(version, rows));
    loaded.set(version.id, p);
  }
  return p;
}

/** The lists governing the given plan years (each version once; years no version governs are skipped). */
export async function listsForYears(years: readonly (number | null)[]): Promise<NomenclatureList[]> {
  const versions = new Map<string, ListVersion>();
  for (const y of years) {
    const v = governingVersion(y);
    if (v) versions.set(v.id, v);
  }
  return Promise.all([...versions.values()].map(loadList));
}

import { VERSION_SOURCES } from "./data";
import { NomenclatureList } from "./list";
import type { ListVersion, VersionSource } from "./types";

/** Every list version in the project, oldest first, each with the plan years it governs. */
export const LIST_VERSIONS: readonly ListVersion[] = VERSION_SOURCES.map((v, i) => {
  const next = VERSION_SOURCES[i + 1];
  return { id: v.id, decree: v.decree, from: v.from, to: next ? next.from - 1 : null };
});

/**
 * Lists issued after the newest one the project holds (../shared/nomenclature/README.md names
 * them; their data is not here). A plan of their years is still checked against the newest list
 * held, but provisionally: what that list may have moved since (a code, a parent) is a warning to
 * look at, not an error. Adding a version of one of these years (scripts/nomenclature-versions.json)
 * makes its entry here inert.
 */
const NEWER_LISTS: readonly { decree: string; from: number }[] = [
  { decree: "Kepmendagri 900.1.15.5-3406/2024", from: 2025 },
  { decree: "Kepmendagri 900.1-2850/2025", from: 2026 },
];

/** The newer list, not held, that governs `year` when the list checked is an older one; null when the list held is the year's own. */
export function newerListFor(year: number): { decree: string; from: number } | null {
  const newest = LIST_VERSIONS[LIST_VERSIONS.length - 1];
  if (!newest || newest.to !== null) return null;
  const newer = NEWER_LISTS.filter((n) => n.from > newest.from && n.from <= year);
  return newer.length ? newer[newer.length - 1] : null;
}

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
    // A failed load is not kept: the next call tries again.
    p.catch(() => loaded.delete(version.id));
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

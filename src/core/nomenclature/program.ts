import type { NomenclatureProgram } from "../template/nomenclature";
import type { NomenclatureList } from "./list";
import type { ListEntry } from "./types";
import { governingVersion, loadList } from "./versions";

/** Small words a title-cased name keeps in lower case. */
const SMALL = /\b(Dan|Di|Ke|Yang|Untuk|Dalam|Atau|Serta|Pada|Dengan|Bagi|Oleh|Dari)\b/g;

/**
 * The name as a plan writes it: the list writes programmes in capitals ("PROGRAM PENUNJANG ..."),
 * plans in title case ("Program Penunjang ..."); every other name as listed.
 */
export function officialName(e: ListEntry): string {
  if (e.level !== "program" || e.name !== e.name.toUpperCase()) return e.name;
  let name = titled.get(e);
  if (name === undefined) {
    const title = e.name.toLowerCase().replace(/(^|[\s/(-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
    titled.set(e, (name = title.replace(SMALL, (w) => w.toLowerCase())));
  }
  return name;
}

/** Programme names in title case, each worked out once (a plan names its programmes on many rows). */
const titled = new WeakMap<ListEntry, string>();

/** The code below urusan/bidang: "X.XX.01.2.05.0001" -> "01.2.05.0001". */
function relative(code: string): string {
  return code.split(".").slice(2).join(".");
}

/** A programme of the list as the template builds it (codes below the office's urusan/bidang). */
export function listProgram(program: ListEntry): NomenclatureProgram {
  return {
    kode: relative(program.code),
    nama: officialName(program),
    kegiatan: program.children.map((k) => ({
      kode: relative(k.code).split(".").slice(1).join("."),
      nama: k.name,
      subKegiatan: k.children.map((s) => ({
        kode: s.code.split(".").pop() ?? "", nama: s.name,
        ...(s.indikator ? { indikator: s.indikator } : {}), ...(s.satuan ? { satuan: s.satuan } : {}),
      })),
    })),
  };
}

/**
 * The support programme's kegiatan every office has: X.XX.01.2.01 to 2.09. The list's later ones
 * belong to some offices only (2.10 a BLUD, 2.11 to 2.16 the regional and DPRD secretariats).
 */
const EVERY_OFFICE = 9;

/** The support programme (X.XX.01) of a list with the kegiatan every office has. */
export function supportProgram(list: NomenclatureList): NomenclatureProgram | null {
  const p = list.byListCode("X.XX.01");
  if (!p) return null;
  const program = listProgram(p);
  return { ...program, kegiatan: program.kegiatan.slice(0, EVERY_OFFICE) };
}

/** A programme the list names for the offices' own urusan/bidang (not the support programme), by code and name. */
export interface ProgramChoice {
  code: string;
  name: string;
}

/** The programmes of the list governing a plan year an office may choose from (null when no version governs the year). */
export async function programChoices(year: number): Promise<ProgramChoice[] | null> {
  const version = governingVersion(year);
  if (!version) return null;
  const list = await loadList(version);
  return list.programs.filter((p) => !p.code.startsWith("X.")).map((p) => ({ code: p.code, name: officialName(p) }));
}

/** The programmes with these codes, as the list governing the year names them (unknown codes are left out). */
export async function programsFor(year: number, codes: readonly string[]): Promise<NomenclatureProgram[]> {
  const version = governingVersion(year);
  if (!version || !codes.length) return [];
  const list = await loadList(version);
  return codes.map((c) => list.byListCode(c)).filter((p): p is ListEntry => p?.level === "program").map(listProgram);
}

/** The support programme as the list governing a plan year names it; null when no list version governs the year. */
export async function supportProgramFor(year: number): Promise<NomenclatureProgram | null> {
  const version = governingVersion(year);
  return version ? supportProgram(await loadList(version)) : null;
}

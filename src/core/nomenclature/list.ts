import { keyOf, nameKey } from "../rules/nameKey";
import type { ListEntry, ListLevel, ListVersion } from "./types";

/** The level of a code by its number of segments: U.BB.PP program, U.BB.PP.K.KK kegiatan, + .SSSS sub kegiatan. */
const LEVEL_BY_SEGMENTS: Readonly<Record<number, ListLevel>> = { 3: "program", 5: "kegiatan", 6: "subKegiatan" };

function segmentCount(code: string | undefined): number {
  if (!code) return 0;
  let n = 1;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46) n++;
  return n;
}

/** Where the field from `from` ends: its tab, or the line's end. */
function tabOrEnd(rows: string, from: number, end: number): number {
  if (from >= end) return end;
  const tab = rows.indexOf("\t", from);
  return tab < 0 || tab > end ? end : tab;
}

/** The code of the entry above: a kegiatan's programme (U.BB.PP), a sub kegiatan's kegiatan (U.BB.PP.K.KK). */
function parentCode(code: string, level: ListLevel): string {
  return code.split(".").slice(0, level === "subKegiatan" ? 5 : 3).join(".");
}

const NONE: readonly ListEntry[] = Object.freeze([]);
/** A sub kegiatan's children: none ever (the list's last level); one array for them all. */
const NO_CHILDREN = Object.freeze([]) as unknown as ListEntry[];

/** Whether `code` is a code under `parent` (its code, then a dot). */
function under(code: string, parent: string): boolean {
  return code.length > parent.length && code.charCodeAt(parent.length) === 46 && code.startsWith(parent);
}

/** One version of the official list, indexed by code and by loose name. */
export class NomenclatureList {
  readonly entries: readonly ListEntry[];
  readonly programs: readonly ListEntry[];
  /** Entries by level, then by loose name (nameKey). */
  private readonly byKey: Readonly<Record<ListLevel, Map<string, ListEntry[]>>> = { program: new Map(), kegiatan: new Map(), subKegiatan: new Map() };
  private readonly byCode = new Map<string, ListEntry>();

  /** `rows`: the generated module's ROWS (code TAB name [TAB indikator TAB satuan], one a line). */
  constructor(readonly version: ListVersion, rows: string) {
    const entries: ListEntry[] = [];
    let parent: ListEntry | null = null;
    let program: ListEntry | null = null;
    for (let at = 0; at < rows.length;) {
      let end = rows.indexOf("\n", at);
      if (end < 0) end = rows.length;
      // The fields read by their tabs in place: no line and no array of fields made for each of 4,000 rows.
      const t1 = tabOrEnd(rows, at, end);
      const t2 = tabOrEnd(rows, t1 + 1, end);
      const t3 = tabOrEnd(rows, t2 + 1, end);
      const code = rows.slice(at, t1);
      const name = t1 < end ? rows.slice(t1 + 1, t2) : "";
      const indikator = t2 < end ? rows.slice(t2 + 1, t3) : "";
      const satuan = t3 < end ? rows.slice(t3 + 1, tabOrEnd(rows, t3 + 1, end)) : "";
      at = end + 1;
      const level = LEVEL_BY_SEGMENTS[segmentCount(code)];
      if (!level || !name) continue;
      // Rows come in list order: a kegiatan follows its programme, a sub kegiatan its kegiatan.
      const up = level === "program" ? null : level === "kegiatan" ? program : parent;
      const listed = up && under(code, up.code) ? up : (this.byCode.get(parentCode(code, level)) ?? null);
      const children = level === "subKegiatan" ? NO_CHILDREN : [];
      const entry: ListEntry = { id: entries.length, code, level, name, key: keyOf(name), parent: level === "program" ? null : listed, children, indikator, satuan };
      entry.parent?.children.push(entry);
      if (level === "program") program = entry;
      else if (level === "kegiatan") parent = entry;
      entries.push(entry);
      this.byCode.set(code, entry);
      const same = this.byKey[level].get(entry.key);
      if (same) same.push(entry);
      else this.byKey[level].set(entry.key, [entry]);
    }
    this.entries = entries;
    this.programs = entries.filter((e) => e.level === "program");
  }

  /** The entries of a level whose name is this one, compared loosely (case, spaces, hyphens, punctuation). */
  named(name: string, level: ListLevel): readonly ListEntry[] {
    return this.withKey(nameKey(name), level);
  }

  /** named() of a name's key (nameKey); the list's own array: read it, never change it. */
  withKey(key: string, level: ListLevel): readonly ListEntry[] {
    return this.byKey[level].get(key) ?? NONE;
  }

  byListCode(code: string): ListEntry | undefined {
    return this.byCode.get(code);
  }

  /** The entries of one level. */
  level(level: ListLevel): ListEntry[] {
    return this.entries.filter((e) => e.level === level);
  }
}

import { nameKey } from "../rules/nameKey";
import type { ListEntry, ListLevel, ListVersion } from "./types";

/** The level of a code by its number of segments: U.BB.PP program, U.BB.PP.K.KK kegiatan, + .SSSS sub kegiatan. */
const LEVEL_BY_SEGMENTS: Readonly<Record<number, ListLevel>> = { 3: "program", 5: "kegiatan", 6: "subKegiatan" };

/** One version of the official list, indexed by code and by loose name. */
export class NomenclatureList {
  readonly entries: readonly ListEntry[];
  readonly programs: readonly ListEntry[];
  private readonly byKey = new Map<string, ListEntry[]>();
  private readonly byCode = new Map<string, ListEntry>();

  /** `rows`: the generated module's ROWS (code TAB name [TAB indikator TAB satuan], one a line). */
  constructor(readonly version: ListVersion, rows: string) {
    const entries: ListEntry[] = [];
    for (const line of rows.split("\n")) {
      const [code, name, indikator, satuan] = line.split("\t");
      const level = LEVEL_BY_SEGMENTS[code?.split(".").length ?? 0];
      if (!level || !name) continue;
      const parent = this.byCode.get(code.split(".").slice(0, level === "subKegiatan" ? 5 : 3).join(".")) ?? null;
      const entry: ListEntry = {
        id: entries.length, code, level, name, key: nameKey(name), parent: level === "program" ? null : parent, children: [],
        ...(level === "subKegiatan" ? { indikator: indikator ?? "", satuan: satuan ?? "" } : {}),
      };
      entry.parent?.children.push(entry);
      entries.push(entry);
      this.byCode.set(code, entry);
      const same = this.byKey.get(entry.key);
      if (same) same.push(entry);
      else this.byKey.set(entry.key, [entry]);
    }
    this.entries = entries;
    this.programs = entries.filter((e) => e.level === "program");
  }

  /** The entries of a level whose name is this one, compared loosely (case, spaces, hyphens, punctuation). */
  named(name: string, level: ListLevel): ListEntry[] {
    return this.withKey(nameKey(name), level);
  }

  withKey(key: string, level: ListLevel): ListEntry[] {
    return (this.byKey.get(key) ?? []).filter((e) => e.level === level);
  }

  byListCode(code: string): ListEntry | undefined {
    return this.byCode.get(code);
  }

  /** The entries of one level. */
  level(level: ListLevel): ListEntry[] {
    return this.entries.filter((e) => e.level === level);
  }
}

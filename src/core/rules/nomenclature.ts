import type { Finding } from "../finding";
import type { PlanNode } from "../plan/types";
import { PROGRAM_PENUNJANG, type NomenclatureKegiatan } from "../template/nomenclature";
import { clip, finding, type RuleContext } from "./context";
import { nameHash, sameName } from "./nameKey";

/**
 * Names of the national list, found as written (a name copied from the list: one Map lookup)
 * or loosely, by the hash of its key confirmed with sameName (case, spaces, punctuation).
 */
class NameIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly byHash = new Map<number, { name: string; value: T }[]>();

  /** Every listed name with its value; a name listed again takes the later value (as a Map by key would). */
  constructor(entries: readonly (readonly [string, T])[]) {
    for (const [name, value] of entries) this.add(name, value);
    for (const [name] of entries) this.exact.set(name, this.loose(name) as T);
  }

  get(name: string): T | undefined {
    return this.exact.get(name) ?? this.loose(name);
  }

  private add(name: string, value: T): void {
    const h = nameHash(name);
    const bucket = this.byHash.get(h);
    const same = bucket?.find((e) => sameName(e.name, name));
    if (same) same.value = value;
    else if (bucket) bucket.push({ name, value });
    else this.byHash.set(h, [{ name, value }]);
  }

  private loose(name: string): T | undefined {
    const bucket = this.byHash.get(nameHash(name));
    if (bucket) for (const e of bucket) if (sameName(e.name, name)) return e.value;
    return undefined;
  }
}

/** The kegiatan each sub kegiatan name belongs to. */
const KEGIATAN_OF_SUB = new NameIndex(PROGRAM_PENUNJANG.kegiatan.flatMap((k) => k.subKegiatan.map((s) => [s.nama, k] as const)));

interface ListedKegiatan {
  kegiatan: NomenclatureKegiatan;
  /** Its sub kegiatan names as listed (those the list puts under it), to recognise a sub kegiatan in place quickly. */
  subNames: readonly string[];
}

/** The support programme's kegiatan by name. */
const KEGIATAN_BY_NAME = new NameIndex(PROGRAM_PENUNJANG.kegiatan.map((k): [string, ListedKegiatan] => {
  const subNames = k.subKegiatan.map((s) => s.nama).filter((name) => KEGIATAN_OF_SUB.get(name) === k);
  return [k.nama, { kegiatan: k, subNames }];
}));

/**
 * A sub kegiatan of the support programme placed under another of its kegiatan than the
 * national nomenclature (Permendagri 90/2019, Kepmendagri 050-5889/2021) puts it under:
 * the seed's "Peningkatan Sarana dan Prasarana Disiplin Pegawai" belongs to "Administrasi
 * Kepegawaian Perangkat Daerah". Only when both names are found in the list: an unknown
 * kegiatan may be the office's own, and names change between the yearly lists (warning).
 * A plan whose year's official list is loaded is checked against that list instead.
 */
export function nomenclatureRule(ctx: RuleContext): Finding[] {
  // The official list of the plan's year, when loaded, says where every sub kegiatan belongs (officialList.ts).
  if (ctx.list) return [];
  const out: Finding[] = [];
  for (const kegiatan of ctx.plan.nodes) {
    if (kegiatan.level !== "kegiatan") continue;
    // The office's own kegiatan (not in the list): nothing to check below it.
    const actual = KEGIATAN_BY_NAME.get(kegiatan.name);
    if (!actual) continue;
    for (const node of kegiatan.children) {
      // A sub kegiatan written as listed under this kegiatan (the usual case) is in place.
      if (node.level !== "subKegiatan" || actual.subNames.includes(node.name)) continue;
      const belongs = KEGIATAN_OF_SUB.get(node.name);
      if (belongs && belongs !== actual.kegiatan) out.push(wrongKegiatan(ctx, node, kegiatan, belongs));
    }
  }
  return out;
}

function wrongKegiatan(ctx: RuleContext, node: PlanNode, parent: PlanNode, belongs: NomenclatureKegiatan): Finding {
  return finding(ctx.plan, {
    rule: "nomenclature.wrongKegiatan", severity: "warning", at: node.cell(), key: "rules.nomenclature.wrongKegiatan",
    params: { name: clip(node.name), expected: belongs.nama, code: `X.XX.${PROGRAM_PENUNJANG.kode}.${belongs.kode}`, actual: clip(parent.name) },
    hint: "rules.nomenclature.wrongKegiatanHint",
  });
}

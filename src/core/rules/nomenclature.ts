import type { Finding } from "../finding";
import { PROGRAM_PENUNJANG, type NomenclatureKegiatan } from "../template/nomenclature";
import { clip, finding, type RuleContext } from "./context";
import { nameKey, nodeNameKey } from "./names";

/** The support programme's kegiatan by name, and the kegiatan each sub kegiatan name belongs to. */
const KEGIATAN_BY_NAME = new Map<string, NomenclatureKegiatan>();
const KEGIATAN_OF_SUB = new Map<string, NomenclatureKegiatan>();
for (const k of PROGRAM_PENUNJANG.kegiatan) {
  KEGIATAN_BY_NAME.set(nameKey(k.nama), k);
  for (const s of k.subKegiatan) KEGIATAN_OF_SUB.set(nameKey(s.nama), k);
}

/**
 * A sub kegiatan of the support programme placed under another of its kegiatan than the
 * national nomenclature (Permendagri 90/2019, Kepmendagri 050-5889/2021) puts it under:
 * the seed's "Peningkatan Sarana dan Prasarana Disiplin Pegawai" belongs to "Administrasi
 * Kepegawaian Perangkat Daerah". Only when both names are found in the list: an unknown
 * kegiatan may be the office's own, and names change between the yearly lists (warning).
 */
export function nomenclatureRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const out: Finding[] = [];
  for (const node of plan.nodes) {
    if (node.level !== "subKegiatan" || node.parent?.level !== "kegiatan") continue;
    const belongs = KEGIATAN_OF_SUB.get(nodeNameKey(ctx, node));
    const actual = belongs && KEGIATAN_BY_NAME.get(nodeNameKey(ctx, node.parent));
    if (!belongs || !actual || belongs === actual) continue;
    out.push(finding(plan, {
      rule: "nomenclature.wrongKegiatan", severity: "warning", at: node.cell, key: "rules.nomenclature.wrongKegiatan",
      params: { name: clip(node.name), expected: belongs.nama, code: `X.XX.${PROGRAM_PENUNJANG.kode}.${belongs.kode}`, actual: clip(node.parent.name) },
      hint: "rules.nomenclature.wrongKegiatanHint",
    }));
  }
  return out;
}

import { buildContext } from "../../../src/core/rules";
import { duplicateNamesRule, nameKey } from "../../../src/core/rules/names";
import { nomenclatureRule } from "../../../src/core/rules/nomenclature";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, inject, planOf, where, withRule } from "./support";

const namesOf = (source: string) => {
  const ctx = buildContext(planOf(source));
  return where([...duplicateNamesRule(ctx), ...nomenclatureRule(ctx)]);
};

describe("names", () => {
  it("are compared without case, spaces or punctuation", () => {
    expect(nameKey("Koordinasi dan Penyusunan Perubahan DPA- SKPD")).toBe(nameKey("Koordinasi dan Penyusunan Perubahan DPA-SKPD"));
    expect(nameKey("Program Pemberday aan Usaha Mikro")).toBe(nameKey("program pemberdayaan usaha mikro"));
  });

  it("are silent on clean plans", () => {
    expect(namesOf(CLEAN)).toEqual([]);
    expect(namesOf(CLEAN_UNITS)).toEqual([]);
  });

  it("report two siblings with the same name, at the second, naming the first", () => {
    const src = inject(CLEAN, "B. Pengelolaan Terminal Penumpang Tipe C", "B. Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota");
    const [f] = withRule(findingsOf(src), "nomenclature.duplicateName");
    expect(where([f])).toEqual(["nomenclature.duplicateName@E23"]);
    expect(f.severity).toBe("error");
    expect(f.message.en).toBe("Kegiatan \"B.\" has the same name as Kegiatan \"A.\" at E19: \"Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota\".");
  });

  it("do not count the same name under different parents", () => {
    const src = inject(CLEAN, "2) Pengelolaan Terminal Penumpang Tipe C", "2) Pengadaan Perlengkapan Jalan di Jalan Kabupaten/Kota");
    expect(namesOf(src)).toEqual([]);
  });
});

describe("nomenclature placement", () => {
  it("reports a support-programme sub kegiatan under another of the programme's kegiatan", () => {
    const src = inject(CLEAN, "1) Penyediaan Bahan Logistik Kantor", "1) Peningkatan Sarana dan Prasarana Disiplin Pegawai");
    const [f] = withRule(findingsOf(src), "nomenclature.wrongKegiatan");
    expect(where([f])).toEqual(["nomenclature.wrongKegiatan@E15"]);
    expect(f.severity).toBe("warning");
    expect(f.message.id).toContain("\"Administrasi Kepegawaian Perangkat Daerah\" (X.XX.01.2.05)");
    expect(f.message.id).toContain("bukan \"Administrasi Umum Perangkat Daerah\"");
  });

  it("says nothing when the parent kegiatan is not one of the support programme's", () => {
    const src = inject(CLEAN, "1) Pengadaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "1) Penyediaan Gaji dan Tunjangan ASN");
    expect(namesOf(src)).toEqual([]);
  });
});

import fc from "fast-check";
import { buildContext } from "../../../src/core/rules";
import { duplicateNamesRule } from "../../../src/core/rules/names";
import { ANY_ENDS, keyEnds, nameHash, nameKey, sameName } from "../../../src/core/rules/nameKey";
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

  it("compare as their keys do, without building them (sameName, nameHash, keyEnds)", () => {
    // Names that often differ only in case, spacing, punctuation or accents.
    const piece = fc.constantFrom("Penyediaan", "penyediaan", "PENYEDIAAN", "Pe nyediaan", "Jasa", "jasa", " ", "  ", "-", "/", ".",
      "SKPD", "skpd", "2", "Café", "Cafe", "cafe\u0301", "\t", "\n", "İ", "i", "\u212a", "k", "ﬁ", "fi", "");
    const name = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(fc.property(name, name, (a, b) => {
      const same = nameKey(a) === nameKey(b);
      expect(sameName(a, b)).toBe(same);
      expect(sameName(b, a)).toBe(same);
      if (!same) return;
      expect(nameHash(a)).toBe(nameHash(b));
      if (keyEnds(a) !== ANY_ENDS && keyEnds(b) !== ANY_ENDS) expect(keyEnds(a)).toBe(keyEnds(b));
    }), { numRuns: 5000 });
  });

  it("in a list too long to compare pairwise, find the first sibling's name again too", () => {
    // 30 Kegiatan under one Program (over the 24 that are compared pair by pair): the first one's name comes back last.
    const rows = Array.from({ length: 30 }, (_, i) => `\t\tKegiatan nomor ${i} yang berbeda\tJumlah dokumen\t1 Dokumen`);
    rows.push("\t\tKegiatan nomor 0 yang berbeda\tJumlah dokumen\t1 Dokumen");
    const plan = planOf(["#sheet L", "Sasaran\tProgram\tKegiatan\tIndikator\tTarget", "Sasaran 1 Meningkatnya kinerja\t1. Program Penunjang\t\t\t", ...rows].join("\n"));
    const found = duplicateNamesRule(buildContext(plan));
    expect(where(found)).toEqual(["nomenclature.duplicateName@C33"]);
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

  it("leave a sibling written again with its code too to numbering.duplicate: one error for one duplicate", () => {
    const sub = "2.16.03.2.02.0005 Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik";
    const src = [
      "#sheet L", "RENCANA AKSI TAHUN 2026",
      "Uraian\tIndikator\tTarget\tTW I\tTW II\tTW III\tTW IV",
      "2.16.03 Program Aplikasi Informatika\tPersentase layanan terintegrasi\t80%\t20\t40\t60\t80",
      "2.16.03.2.02 Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota\tJumlah layanan\t45 Layanan\t25\t50\t75\t100",
      `${sub}\tJumlah Aplikasi yang Dikembangkan\t6 Aplikasi\t25\t50\t75\t100`,
      `${sub}\tJumlah Aplikasi yang Diintegrasikan\t10 Aplikasi\t25\t50\t75\t100`,
    ].join("\n");
    const errors = findingsOf(src).filter((f) => f.severity === "error").map((f) => f.rule);
    expect(errors).toEqual(["numbering.duplicate"]);
  });

  it("are the same whatever their case, spacing, punctuation or accents", () => {
    for (const written of ["B. PENYEDIAAN Perlengkapan Jalan di Jalan Kabupaten / Kota.", "B. Penyédiaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "B. (Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota)"]) {
      const src = inject(CLEAN, "B. Pengelolaan Terminal Penumpang Tipe C", written);
      expect(where(withRule(findingsOf(src), "nomenclature.duplicateName"))).toEqual(["nomenclature.duplicateName@E23"]);
    }
    const other = inject(CLEAN, "B. Pengelolaan Terminal Penumpang Tipe C", "B. Penyediaan Perlengkapan Jalan di Jalan Provinsi/Kota");
    expect(withRule(findingsOf(other), "nomenclature.duplicateName")).toEqual([]);
  });

  it("are found in a long list of siblings as in a short one", () => {
    // 30 Sasaran (the top-level list, longer than the pairwise scan): the 12th repeats the 3rd word for word,
    // the 20th the 5th in other case and punctuation (a Sasaran written otherwise is the style rule's, not this one's).
    const names = Array.from({ length: 30 }, (_, i) => `Meningkatnya layanan nomor ${i + 1}`);
    names[11] = names[2];
    names[19] = "MENINGKATNYA layanan nomor-5";
    const rows = names.map((n, i) => `${i + 1}\tSasaran ${i + 1} ${n}\tJumlah layanan ${i + 1}\t4\tDokumen\t1\t1\t1\t1`);
    const src = [
      "#sheet Rencana Aksi", "RENCANA AKSI TAHUN 2025", "",
      "No\tSasaran / Program / Kegiatan / Sub Kegiatan\tIndikator Kinerja\tTarget\t\tTarget Triwulan",
      "\t\t\tVolume\tSatuan\tTW 1\tTW 2\tTW 3\tTW 4",
      "#merge A3:A4 B3:B4 C3:C4 D3:E3 F3:I3", ...rows, "",
    ].join("\n");
    const plan = planOf(src);
    expect(plan.roots).toHaveLength(30);
    const found = withRule(duplicateNamesRule(buildContext(plan)), "nomenclature.duplicateName");
    expect(where(found)).toEqual(["nomenclature.duplicateName@B16"]);
    expect(found[0].message.en).toContain("at B7");
    expect(found[0].severity).toBe("warning"); // a Sasaran written twice: probably one Sasaran split in two
  });

  it("a Sasaran written twice is a warning; in a Perjanjian Kinerja table a repeat written the same is normal", () => {
    const pk = (second: string) => [
      "#sheet Rencana Aksi", "RENCANA AKSI TAHUN 2026", "",
      "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tPenanggung Jawab",
      "\t\t\t\t\t\tI\tII\tIII\tIV\t",
      "#merge A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:F4 G3:J3 K3:K4",
      "1\tMeningkatnya kualitas layanan transportasi umum\tIndeks kepuasan layanan\tIndeks\t80\tMenyusun survei\t80\t80\t80\t80\tKepala Dinas",
      "2\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t75\tMenyusun laporan\t\t\t\t75\tSekretaris",
      `3\t${second}\tPersentase armada laik jalan\t%\t60\tMemeriksa armada\t15\t30\t45\t60\tKepala Bidang`, "",
    ].join("\n");
    const same = planOf(pk("Meningkatnya kualitas layanan transportasi umum"));
    expect(same.recognition.genre).toBe("pk");
    expect(same.roots).toHaveLength(3);
    expect(withRule(duplicateNamesRule(buildContext(same)), "nomenclature.duplicateName")).toEqual([]);
    // Written with other capitals: one finding for the row, the style rule's (two groups in an e-SAKIP app).
    const differently = findingsOf(pk("Meningkatnya Kualitas Layanan Transportasi Umum")).filter((x) => where([x])[0].endsWith("@B7"));
    expect(differently.map((x) => [x.rule, x.severity])).toEqual([["spelling.variant", "warning"]]);
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

  it("finds names written otherwise than in the list (case, spacing, punctuation)", () => {
    const moved = inject(CLEAN, "1) Penyediaan Bahan Logistik Kantor", "1) PENINGKATAN Sarana dan Prasarana  Disiplin-Pegawai");
    expect(where(withRule(findingsOf(moved), "nomenclature.wrongKegiatan"))).toEqual(["nomenclature.wrongKegiatan@E15"]);
    const inPlace = inject(inject(CLEAN, "1) Penyediaan Bahan Logistik Kantor", "1) penyediaan bahan logistik  KANTOR"),
      "C. Administrasi Umum Perangkat Daerah", "C. ADMINISTRASI UMUM PERANGKAT DAERAH");
    expect(namesOf(inPlace)).toEqual([]);
    const wrongLoose = inject(inPlace, "1) penyediaan bahan logistik  KANTOR", "1) Peningkatan Sarana dan Prasarana Disiplin Pegawai");
    expect(where(withRule(findingsOf(wrongLoose), "nomenclature.wrongKegiatan"))).toEqual(["nomenclature.wrongKegiatan@E15"]);
  });

  it("says nothing when the parent kegiatan is not one of the support programme's", () => {
    const src = inject(CLEAN, "1) Pengadaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "1) Penyediaan Gaji dan Tunjangan ASN");
    expect(namesOf(src)).toEqual([]);
  });
});

import { defaultMeta, officialOf, punctuateList } from "../../../src/core/decree/defaults";
import { mergeMeta } from "../../../src/core/decree/merge";
import { emptyMeta, META_FIELDS } from "../../../src/core/decree/meta";
import { titleCase } from "../../../src/core/decree/titleCase";
import { seedMeta } from "./seed";

const NGANJUK = { year: 2022, office: "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK" };

describe("defaultMeta", () => {
  test("for the seed's office, the texts are the seed's (fixture typed by hand), issued by the office's head", () => {
    const seed = seedMeta();
    const d = defaultMeta(NGANJUK);
    expect(d.menimbang[0]).toBe(seed.menimbang[0]);
    expect(d.diktum).toEqual(seed.diktum);
    expect(d.pemerintah).toBe(seed.pemerintah);
    expect(d.instansi).toBe(seed.instansi);
    expect(d.tentang).toBe(seed.tentang);
    expect(d.tempat).toBe(seed.tempat);
    expect(d.penandatangan.jabatan).toBe(seed.penandatangan.jabatan);
    expect(d.lampiran).toBe("I");
    // "KEPUTUSAN KEPALA DINAS ...", not the seed's "KEPUTUSAN DINAS ..."
    expect(d.penetap).toBe("KEPALA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK");
    expect(d.menimbang[2]).toBe(seed.menimbang[2].replace("Keputusan Dinas", "Keputusan Kepala Dinas"));
    // The seed's legal basis was in force up to 2021: a 2020 plan gets it word for word.
    const y2020 = defaultMeta({ ...NGANJUK, year: 2020 });
    expect(y2020.mengingat).toEqual(seed.mengingat);
    expect(y2020.menimbang[1]).toBe(seed.menimbang[1]);
  });

  test("the legal basis of the plan's year: nothing replaced is cited, the regional plan only within its period", () => {
    const y2022 = defaultMeta(NGANJUK);
    expect(y2022.mengingat.join(" ")).not.toMatch(/Nomor 12 Tahun 2015|Peraturan Bupati Nganjuk Nomor 15/);
    expect(y2022.mengingat[5]).toBe(
      "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah;",
    );
    expect(y2022.mengingat[1]).toMatch(/diubah beberapa kali, terakhir dengan Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan/);
    expect(y2022.mengingat[6]).toMatch(/^Peraturan Daerah Kabupaten Nganjuk Nomor 2 Tahun 2019 .* Tahun 2018-2023\.$/);
    expect(y2022.menimbang[1]).toMatch(/^bahwa dalam rangka melaksanakan .* Nomor 88 Tahun 2021 tentang Evaluasi/);

    const y2026 = defaultMeta({ ...NGANJUK, year: 2026 });
    expect(y2026.mengingat).toHaveLength(6);
    expect(y2026.mengingat.join(" ")).not.toMatch(/Nomor 12 Tahun 2015|2018-2023|Nomor 15 Tahun 2016/);
    expect(y2026.mengingat[1]).toContain("terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti");
    expect(y2026.mengingat[5].endsWith(".")).toBe(true);
  });

  test.each([
    ["DINAS KESEHATAN", "KEPALA DINAS KESEHATAN"],
    ["Badan Perencanaan Pembangunan Daerah", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
    ["KECAMATAN BERBEK", "CAMAT BERBEK"],
    ["INSPEKTORAT", "INSPEKTUR"],
    ["INSPEKTORAT DAERAH", "INSPEKTUR DAERAH"],
    ["SEKRETARIAT DPRD", "SEKRETARIS DPRD"],
    ["SEKRETARIAT DAERAH", "SEKRETARIS DAERAH"],
    ["RSUD KERTOSONO", "DIREKTUR RSUD KERTOSONO"],
    ["KELURAHAN MANGUNDIKARAN", "LURAH MANGUNDIKARAN"],
    ["", ""],
  ])("officialOf(%p) = %p", (office, official) => {
    expect(officialOf(office)).toBe(official);
  });

  test("number, date and signer are left for the user", () => {
    const d = defaultMeta(NGANJUK);
    expect([d.nomor, d.tanggal, d.penandatangan.nama, d.penandatangan.nip, d.penandatangan.status]).toEqual(["", "", "", "", ""]);
  });

  test("another office and year are substituted everywhere; Nganjuk's own regulations are not offered", () => {
    const d = defaultMeta({ year: 2025, office: "Badan Perencanaan Pembangunan Daerah", regency: "Kota Malang" });
    expect(d.pemerintah).toBe("PEMERINTAH KOTA MALANG");
    expect(d.instansi).toBe("BADAN PERENCANAAN PEMBANGUNAN DAERAH");
    expect(d.penetap).toBe("KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA MALANG");
    expect(d.tentang).toBe("RENCANA AKSI PENCAPAIAN KINERJA BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA MALANG TAHUN 2025");
    expect(d.tempat).toBe("Malang");
    expect(d.menimbang[0]).toContain("di lingkungan Badan Perencanaan Pembangunan Daerah Kota Malang Pemerintah Kota Malang,");
    expect(d.menimbang[2]).toContain("Rencana Aksi Pencapaian Kinerja Badan Perencanaan Pembangunan Daerah Kota Malang Tahun 2025");
    expect(d.diktum[0]).toContain("Tahun 2025 sebagaimana tercantum");
    expect(d.mengingat).toHaveLength(6);
    expect(d.mengingat.join(" ")).not.toMatch(/Nganjuk|Nomor 12 Tahun 2015/);
    expect(d.mengingat[5].endsWith(".")).toBe(true);
    expect(d.mengingat.slice(0, 5).every((s) => s.endsWith(";"))).toBe(true);
  });

  test("a bare regency name means a Kabupaten; a Kecamatan is signed by its Camat", () => {
    const d = defaultMeta({ year: 2024, office: "KECAMATAN BERBEK", regency: "Nganjuk" });
    expect(d.pemerintah).toBe("PEMERINTAH KABUPATEN NGANJUK");
    expect(d.penetap).toBe("CAMAT BERBEK KABUPATEN NGANJUK");
    expect(d.penandatangan.jabatan).toBe("CAMAT BERBEK");
  });

  test("no office and no year still give usable texts", () => {
    const d = defaultMeta({ year: null, office: "" });
    expect(d.pemerintah).toBe("");
    expect(d.tentang).toBe("RENCANA AKSI PENCAPAIAN KINERJA");
    expect(d.menimbang[0]).toContain("di lingkungan Perangkat Daerah,");
    expect(d.menimbang.join(" ")).not.toMatch(/undefined|null|Tahun\s*[.,]/);
  });

  test("punctuateList ends every item with ';' and the last with '.'", () => {
    expect(punctuateList(["a;", "b.", "c"])).toEqual(["a;", "b;", "c."]);
  });
});

describe("titleCase", () => {
  test.each([
    ["DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK", "Dinas Koperasi dan Usaha Mikro Kabupaten Nganjuk"],
    ["DINAS PENANAMAN MODAL DAN PTSP", "Dinas Penanaman Modal dan PTSP"],
    ["RSUD KERTOSONO", "RSUD Kertosono"],
    ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Dinas Pekerjaan Umum dan Penataan Ruang"],
    ["Dinas Kesehatan", "Dinas Kesehatan"],
  ])("%s", (input, out) => expect(titleCase(input)).toBe(out));
});

describe("mergeMeta", () => {
  test("overrides fields, merges the signer key by key, leaves the base untouched", () => {
    const base = seedMeta();
    const { meta, issues } = mergeMeta(base, {
      nomor: "188/2/411.310/2022",
      menimbang: ["satu;", "dua."],
      penandatangan: { status: "Plt.", nama: "Budi" },
    });
    expect(issues).toEqual([]);
    expect(meta.nomor).toBe("188/2/411.310/2022");
    expect(meta.menimbang).toEqual(["satu;", "dua."]);
    expect(meta.penandatangan).toEqual({ ...base.penandatangan, status: "Plt.", nama: "Budi" });
    expect(base).toEqual(seedMeta());
    meta.mengingat.push("x");
    expect(base.mengingat).toHaveLength(8);
  });

  test("unknown keys and wrong types are reported by field and ignored", () => {
    const base = seedMeta();
    const { meta, issues } = mergeMeta(base, {
      nomer: "typo",
      tanggal: 20220112,
      menimbang: "one string",
      mengingat: ["ok", 5],
      penandatangan: { nip: Number("196310151989031016"), gelar: "S.E.", nama: null },
    });
    expect(issues.map((i) => i.field).sort()).toEqual(
      ["mengingat.2", "menimbang", "nomer", "penandatangan.gelar", "penandatangan.nama", "penandatangan.nip", "tanggal"],
    );
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(issues.find((i) => i.field === "penandatangan.nip")!.message.id).toMatch(/teks/);
    expect(meta).toEqual(base);
  });

  test("a non-object override is one issue; null/undefined change nothing", () => {
    expect(mergeMeta(emptyMeta(), [1, 2]).issues).toHaveLength(1);
    expect(mergeMeta(emptyMeta(), "x").issues).toHaveLength(1);
    expect(mergeMeta(emptyMeta(), null)).toEqual({ meta: emptyMeta(), issues: [] });
    expect(mergeMeta(emptyMeta(), { penandatangan: "x" }).issues[0].field).toBe("penandatangan");
  });

  test("every field of the seed survives a JSON round trip through mergeMeta", () => {
    const seed = seedMeta();
    const { meta, issues } = mergeMeta(emptyMeta(), JSON.parse(JSON.stringify(seed)));
    expect(issues).toEqual([]);
    expect(meta).toEqual(seed);
    expect(Object.keys(meta).sort()).toEqual([...META_FIELDS].sort());
  });
});

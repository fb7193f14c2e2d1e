import { buildContext } from "../../../src/core/rules";
import { numberingRule } from "../../../src/core/rules/numbering";
import { sasaranNumbersRule } from "../../../src/core/rules/sasaranNumbers";
import { codesRule, extendsCode } from "../../../src/core/rules/codes";
import { formatOrdinal } from "../../../src/core/rules/ordinals";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, fixture, inCategory, inject, planOf, where, withRule } from "./support";

const numberingOf = (source: string) => {
  const ctx = buildContext(planOf(source));
  return where([...numberingRule(ctx), ...sasaranNumbersRule(ctx), ...codesRule(ctx)]);
};

describe("numbering per parent and level", () => {
  it("is silent on clean plans (letters, 1. / 1), codes)", () => {
    expect(numberingOf(CLEAN)).toEqual([]);
    expect(numberingOf(CLEAN_UNITS)).toEqual([]);
    expect(numberingOf(fixture("rules-clean-text.tsv"))).toEqual([]);
  });

  it("reports a duplicate number (two \"1)\") as an error", () => {
    const src = inject(CLEAN, "2) Evaluasi Kinerja Perangkat Daerah", "1) Evaluasi Kinerja Perangkat Daerah");
    const found = inCategory(findingsOf(src), "numbering");
    expect(where(found)).toEqual(["numbering.duplicate@E10"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toContain("\"1)\" is used twice");
    expect(found[0].message.en).toContain("E9");
  });

  it("reports a gap (A, B, D) naming what is missing", () => {
    const src = inject(CLEAN, "C. Administrasi Umum Perangkat Daerah", "D. Administrasi Umum Perangkat Daerah");
    const found = inCategory(findingsOf(src), "numbering");
    expect(where(found)).toEqual(["numbering.gap@E14"]);
    expect(found[0].severity).toBe("warning"); // every number is still its own
    expect(found[0].message.id).toContain("C. tidak ada");
  });

  it("reports a list that does not start at the first number", () => {
    const src = inject(CLEAN, "1) Pengadaan Perlengkapan Jalan", "2) Pengadaan Perlengkapan Jalan");
    const found = inCategory(findingsOf(src), "numbering");
    expect(where(found)).toEqual(["numbering.gap@E20", "numbering.duplicate@E21"]);
    expect(found[0].message.en).toContain("starts at \"2)\": 1) missing");
  });

  it("reports wrong order (B before A) once, at the later number", () => {
    const src = inject(inject(CLEAN, "A. Perencanaan, Penganggaran", "B. Perencanaan, Penganggaran"),
      "B. Administrasi Keuangan", "A. Administrasi Keuangan");
    expect(numberingOf(src)).toEqual(["numbering.order@E11"]);
    expect(withRule(findingsOf(src), "numbering.order")[0].severity).toBe("warning");
  });

  it("reports a style mixed within one level (\"2.\" beside \"1)\") as a matter of style (info)", () => {
    const src = inject(CLEAN, "2) Evaluasi Kinerja Perangkat Daerah", "2. Evaluasi Kinerja Perangkat Daerah");
    const found = inCategory(findingsOf(src), "numbering");
    expect(where(found)).toEqual(["numbering.mixedStyle@E10"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message.en).toContain("\"2.\"");
    expect(found[0].message.en).toContain("\"1)\"");
  });

  it("reports an unnumbered node among numbered ones (warning)", () => {
    const src = inject(CLEAN, "2) Pengelolaan Terminal Penumpang Tipe C", "Pengelolaan Terminal Penumpang Tipe C");
    expect(numberingOf(src)).toEqual(["numbering.missing@E25"]);
    expect(withRule(findingsOf(src), "numbering.missing")[0].severity).toBe("warning");
  });

  it("accepts a level numbered 1, 2, 3 across the whole table", () => {
    const src = inject(CLEAN, "1. Program Penyelenggaraan Lalu Lintas", "2. Program Penyelenggaraan Lalu Lintas");
    expect(numberingOf(src)).toEqual([]);
  });
});

describe("Sasaran numbers across the table", () => {
  it("reports a second \"Sasaran 1\" at its cell, saying it should be 2", () => {
    const src = inject(CLEAN, "Sasaran 2 Meningkatnya keselamatan", "Sasaran 1 Meningkatnya keselamatan");
    const [f] = withRule(findingsOf(src), "numbering.sasaranDuplicate");
    expect(where([f])).toEqual(["numbering.sasaranDuplicate@A17"]);
    expect(f.severity).toBe("error");
    expect(f.message.id).toContain("\"Sasaran 2\"");
    expect(f.message.id).toContain("A6");
  });

  it("reports a Sasaran numbered out of place with the number it should have: skipped numbers are a warning", () => {
    const src = inject(CLEAN, "Sasaran 2 Meningkatnya keselamatan", "Sasaran 3 Meningkatnya keselamatan");
    const [f] = withRule(findingsOf(src), "numbering.sasaranSequence");
    expect(where([f])).toEqual(["numbering.sasaranSequence@A17"]);
    expect(f.severity).toBe("warning");
    expect(f.message.en).toContain("should be \"Sasaran 2\"");
  });

  it("a number below the count collides with an earlier Sasaran's (error); the same Sasaran repeated with its number is silent", () => {
    const src = [
      "#sheet Lampiran", "RENCANA AKSI TAHUN 2025", "",
      "Sasaran\tIndikator\tTarget\tTW I\tTW II\tTW III\tTW IV",
      "Sasaran 1 Meningkatnya pelayanan\tIndeks kepuasan\t80 Indeks\t80\t80\t80\t80",
      "Sasaran 1 Meningkatnya pendapatan\tJumlah pendapatan\t12 Bulan\t3\t6\t9\t12",
      "Sasaran 2 Meningkatnya akuntabilitas\tNilai SAKIP\t75 Nilai\t75\t75\t75\t75", "",
    ].join("\n");
    const plan = planOf(src);
    expect(plan.roots).toHaveLength(3);
    const found = sasaranNumbersRule(buildContext(plan));
    expect(found.map((x) => [where([x])[0], x.severity])).toEqual([
      ["numbering.sasaranDuplicate@A5", "error"], ["numbering.sasaranSequence@A6", "error"],
    ]);
    const repeated = src.replace("Sasaran 1 Meningkatnya pendapatan", "Sasaran 1 Meningkatnya pelayanan").replace("Sasaran 2 Meningkatnya akuntabilitas", "Sasaran 2 Meningkatnya pendapatan");
    expect(sasaranNumbersRule(buildContext(planOf(repeated)))).toEqual([]);
  });
});

describe("code numbering", () => {
  it("checks codes segment by segment, X standing for the office's urusan/bidang", () => {
    expect(extendsCode("2.17.07.2.01", "2.17.07")).toBe(true);
    expect(extendsCode("2.17.07.2.01", "2.17.08")).toBe(false);
    expect(extendsCode("X.XX.01.2.01", "2.17.01")).toBe(true);
    expect(extendsCode("2.17.01", "2.17.01")).toBe(false);
  });

  it("reports a sub kegiatan code that does not extend its kegiatan's code, at the Kode cell", () => {
    const src = inject(CLEAN_UNITS, "2.17.07.2.01.0003", "2.17.08.2.01.0003");
    const found = inCategory(findingsOf(src), "numbering");
    expect(where(found)).toEqual(["numbering.code@B19"]);
    expect(found[0].message.en).toContain("\"2.17.08.2.01.0003\" does not extend its parent's code \"2.17.07.2.01\"");
  });

  it("reports a kegiatan under the wrong program once, not again for each of its sub kegiatan", () => {
    const src = [
      "RENCANA AKSI TAHUN 2024",
      "Program / Kegiatan / Sub Kegiatan\tIndikator\tTarget\tTW I\tTW II\tTW III\tTW IV",
      "2.17.07 Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)\tJumlah usaha mikro yang diberdayakan\t100 Unit Usaha\t25%\t50%\t75%\t100%",
      "2.17.08.2.01 Pemberdayaan Usaha Mikro melalui Pendataan dan Kemitraan\tJumlah usaha mikro yang didampingi\t100 Unit Usaha\t25%\t50%\t75%\t100%",
      "2.17.08.2.01.0001 Pendataan Potensi dan Pengembangan Usaha Mikro\tJumlah usaha mikro yang didata\t100 Unit Usaha\t25%\t50%\t75%\t100%",
    ].join("\n");
    expect(numberingOf(src)).toEqual(["numbering.code@A4"]);
  });

  it("reports the same code twice among siblings", () => {
    const src = inject(CLEAN_UNITS, "2.17.01.2.02.0005", "2.17.01.2.02.0001");
    expect(numberingOf(src)).toEqual(["numbering.duplicate@B14"]);
  });
});

describe("formatOrdinal", () => {
  it("writes a number in the style of a numbering", () => {
    expect(formatOrdinal({ style: "letter", raw: "A.", ordinal: 1 }, 3)).toBe("C.");
    expect(formatOrdinal({ style: "numParen", raw: "1)", ordinal: 1 }, 4)).toBe("4)");
    expect(formatOrdinal({ style: "roman", raw: "II.", ordinal: 2 }, 4)).toBe("IV.");
    expect(formatOrdinal({ style: "outline", raw: "1.2", ordinal: 2 }, 3)).toBe("1.3");
  });
});

import * as fs from "fs";
import type { Finding } from "../../../src/core/finding";
import { ruleCategory } from "../../../src/core/finding";
import { governingVersion, loadList } from "../../../src/core/nomenclature/versions";
import type { NomenclatureList } from "../../../src/core/nomenclature/list";
import { validate } from "../../../src/core/rules";
import { buildContext } from "../../../src/core/rules/context";
import { officialIndicatorNote } from "../../../src/core/rules/officialIndicator";
import { queryKey } from "../../../src/core/nomenclature/match";
import { EXAMPLE_SOURCE } from "../../support/example";
import { CLEAN_CUMULATIVE as CLEAN, inject, planOf, where } from "./support";

const SEED = fs.readFileSync(EXAMPLE_SOURCE, "utf8");

let list: NomenclatureList;
beforeAll(async () => {
  list = await loadList(governingVersion(2024)!);
});

const nomenclature = (fs: Finding[]): Finding[] => fs.filter((f) => ruleCategory(f.rule) === "nomenclature");
const fromList = (fs: Finding[]): Finding[] => fs.filter((f) => !["nomenclature.duplicateName", "nomenclature.wrongKegiatan"].includes(f.rule));
const check = (source: string): Finding[] => validate(planOf(source), [list]);
/** Each Sub Kegiatan's indicator and unit notes, one by one (a plan with more than three is told them as one). */
const notesOf = (source: string): Finding[] => {
  const plan = planOf(source);
  const ctx = buildContext(plan, [list]);
  return plan.nodes.filter((n) => n.level === "subKegiatan").flatMap((n) => {
    const [entry] = list.withKey(queryKey(n.name, "subKegiatan"), "subKegiatan");
    const note = entry ? officialIndicatorNote(ctx, n, entry) : null;
    if (!note) return [];
    const f = note.make();
    // The note's place is where its finding is said to be.
    expect(note.at).toEqual(f.range);
    return [f];
  });
};

describe("the official list of the plan's year", () => {
  it("is silent on a clean plan of a governed year (names, codes and places as listed)", () => {
    expect(where(fromList(nomenclature(check(CLEAN))).filter((f) => f.severity !== "info"))).toEqual([]);
  });

  it("checks nothing when the caller did not load the list", () => {
    const typo = inject(CLEAN, "A. Perencanaan, Penganggaran, dan Evaluasi", "A. Perencanaan, Penganggaran dan Evalusi");
    expect(fromList(nomenclature(validate(planOf(typo))))).toEqual([]);
  });

  it("suggests the official name of a name typed with slips (warning, the suggestion carried)", () => {
    const typo = inject(CLEAN, "A. Perencanaan, Penganggaran, dan Evaluasi", "A. Perencanaan, Penganggaran dan Evalusi");
    const [f] = nomenclature(check(typo)).filter((x) => x.rule === "nomenclature.notInList");
    expect(f).toMatchObject({ severity: "warning", suggestion: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah" });
    expect(f.message.en).toContain("Kepmendagri 900.1.15.5-1317/2023");
  });

  it("finds a programme written in title case, a name split or run together, without a finding", () => {
    const src = inject(CLEAN, "1) Penyediaan Gaji dan Tunjangan ASN", "1) Penyediaan Gaji dan Tunjang an ASN");
    expect(where(fromList(nomenclature(check(src))).filter((f) => f.severity !== "info"))).toEqual([]);
    expect(where(fromList(nomenclature(check(src))).filter((f) => f.rule === "nomenclature.notInList"))).toEqual(where(fromList(nomenclature(check(CLEAN))).filter((f) => f.rule === "nomenclature.notInList")));
  });

  /** A small 2024 plan: the support programme, one kegiatan, and sub kegiatan of the given names. */
  const small = (...subs: string[]) => [
    "#sheet L", "RENCANA AKSI TAHUN 2024", "",
    "Kode\tSasaran / Program / Kegiatan / Sub Kegiatan\tIndikator\tTarget",
    "\tSasaran 1 Meningkatnya kualitas layanan\tIndeks kepuasan\t85 Nilai",
    "2.16.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen\t100%",
    "2.16.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\tJumlah dokumen\t5 Dokumen",
    ...subs.map((name, i) => `2.16.01.2.01.00${90 + i}\t${name}\tJumlah dokumen\t3 Dokumen`),
  ].join("\n");
  const unknownIn = (src: string) => nomenclature(check(src)).filter((f) => f.rule === "nomenclature.notInList" && f.severity === "info");
  const MADE_UP = ["Festival Budaya Kuliner Nusantara", "Lomba Layang Layang Pantai", "Kirab Pusaka Tahunan", "Gelar Seni Jalanan Kota"];

  it("says a made-up name is not in the list, without a suggestion (info)", () => {
    const f = unknownIn(small(MADE_UP[0]));
    expect(f.map((x) => [x.severity, x.suggestion, x.key])).toEqual([["info", undefined, "rules.list.unknown"]]);
    expect(f[0].message.en).toContain("\"Festival Budaya Kuliner Nusantara\"");
  });

  it("reports a sub kegiatan under a kegiatan the list does not file it under (error)", () => {
    const src = inject(CLEAN, "1) Penyediaan Bahan Logistik Kantor", "1) Peningkatan Sarana dan Prasarana Disiplin Pegawai");
    const [f] = nomenclature(check(src)).filter((x) => x.rule === "nomenclature.misplaced");
    expect(f.severity).toBe("error");
    expect(f.message.en).toContain("\"Administrasi Kepegawaian Perangkat Daerah\" (X.XX.01.2.05)");
  });

  it("reports a code that is not its name's (error), and accepts the office's urusan in place of X.XX", () => {
    const codes = (code: string) => [
      "#sheet L", "RENCANA AKSI TAHUN 2024", "",
      "Kode\tSasaran / Program / Kegiatan / Sub Kegiatan\tIndikator\tTarget",
      "\tSasaran 1 Meningkatnya kualitas layanan\tIndeks kepuasan\t85 Nilai",
      "2.16.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen\t100%",
      "2.16.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\tJumlah dokumen\t5 Dokumen",
      `${code}\tPenyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah Dokumen Perencanaan Perangkat Daerah\t3 Dokumen`,
    ].join("\n");
    expect(nomenclature(check(codes("2.16.01.2.01.0001"))).filter((f) => f.severity !== "info")).toEqual([]);
    const wrong = nomenclature(check(codes("2.16.01.2.01.0004"))).filter((f) => f.rule === "nomenclature.codeMismatch");
    expect(wrong.map((f) => [f.severity, f.message.en])).toEqual([
      ["error", "Sub Kegiatan \"Penyusunan Dokumen Perencanaan Perangkat Daerah\" is coded 2.16.01.2.01.0004, but Kepmendagri 900.1.15.5-1317/2023 codes it X.XX.01.2.01.0001."],
    ]);
    // The hint names what the written code stands for, the support programme's X.XX read as the office's urusan.
    expect(wrong.map((f) => f.hint?.en)).toEqual(["Correct the code, or the name if the code is what was meant (Koordinasi dan Penyusunan DPA SKPD)."]);
    // A code the list does not hold: no "(-)" in place of a name.
    const none = nomenclature(check(codes("2.16.01.2.01.0090"))).filter((f) => f.rule === "nomenclature.codeMismatch");
    expect(none.map((f) => f.hint?.en)).toEqual(["Correct the code, or the name if the code is what was meant."]);
  });

  it("quotes the official indicator and unit of a sub kegiatan whose own are far from them (info)", () => {
    const src = inject(CLEAN, "Jumlah rapat koordinasi dan konsultasi\t", "Persentase peserta rapat yang hadir\t");
    const f = notesOf(src).filter((x) => x.message.en.includes("\"Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD\""));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["nomenclature.indicator", "info"]]);
    expect(f[0].message.en).toContain("its unit \"Kali\" is not the official unit: \"Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD\" (unit: Laporan)");
    // An indicator close to the official one with another unit: the unit alone.
    const near = inject(CLEAN, "Jumlah rapat koordinasi dan konsultasi\t", "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi SKPD\t");
    const u = notesOf(near).filter((x) => x.message.en.includes("\"Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD\""));
    expect(u.map((x) => [x.rule, x.severity])).toEqual([["nomenclature.unit", "info"]]);
    expect(u[0].message.en).toContain("The unit \"Kali\"");
  });

  it("tells more than three indicator and unit notes of a plan as one info over their rows, quoting the first", () => {
    const src = inject(CLEAN, "Jumlah rapat koordinasi dan konsultasi\t", "Persentase peserta rapat yang hadir\t");
    const notes = notesOf(src);
    expect(notes.length).toBeGreaterThan(3);
    const told = nomenclature(check(src)).filter((x) => x.rule === "nomenclature.indicator" || x.rule === "nomenclature.unit");
    expect(told.map((x) => [x.rule, x.severity, x.key])).toEqual([["nomenclature.indicator", "info", "rules.list.indicatorMany"]]);
    expect(told[0].message.en).toBe(`${notes.length} Sub Kegiatan use an indicator or unit other than the list of Kepmendagri 900.1.15.5-1317/2023; the first: ${notes[0].message.en}`);
    expect(told[0].range.top).toBe(Math.min(...notes.map((n) => n.range.top)));
    expect(told[0].range.bottom).toBe(Math.max(...notes.map((n) => n.range.bottom)));
  });

  it("tells more than three names close to none in the list as one info over their rows, quoting the first; three one by one", () => {
    expect(unknownIn(small(...MADE_UP.slice(0, 3))).map((f) => f.key)).toEqual(["rules.list.unknown", "rules.list.unknown", "rules.list.unknown"]);
    const told = unknownIn(small(...MADE_UP));
    expect(told.map((f) => f.key)).toEqual(["rules.list.unknownMany"]);
    expect(told[0].message.en).toMatch(/^4 names are not in the list of Kepmendagri 900\.1\.15\.5-1317\/2023, nor slips of names in it; the first: Sub Kegiatan "Festival Budaya Kuliner Nusantara"/);
    expect(told[0].range.bottom - told[0].range.top).toBe(3);
  });

  it("in a year a newer list governs, says so once and tells codes and parents as warnings", () => {
    const src = inject(CLEAN, "1) Penyediaan Bahan Logistik Kantor", "1) Peningkatan Sarana dan Prasarana Disiplin Pegawai");
    const of2026 = src.replace(/TAHUN 2024/g, "TAHUN 2026");
    expect(of2026).not.toBe(src);
    const then = nomenclature(check(src));
    const later = nomenclature(check(of2026));
    expect(then.filter((x) => x.rule === "nomenclature.misplaced").map((x) => x.severity)).toEqual(["error"]);
    expect(then.some((x) => x.rule === "nomenclature.olderList")).toBe(false);
    expect(later.filter((x) => x.rule === "nomenclature.misplaced").map((x) => x.severity)).toEqual(["warning"]);
    const older = later.filter((x) => x.rule === "nomenclature.olderList");
    expect(older.map((x) => x.severity)).toEqual(["info"]);
    expect(older[0].message.en).toContain("Kepmendagri 900.1-2850/2025");
  });
});

describe("the seed plan", () => {
  it("of 2022 (no list governs it) keeps its nomenclature findings and gets one info from the list rules", () => {
    const plan = planOf(SEED);
    expect(plan.recognition.year).toBe(2022);
    const found = nomenclature(validate(plan, [list]));
    expect(found.filter((f) => f.rule === "nomenclature.noList").length).toBe(1);
    expect(found.find((f) => f.rule === "nomenclature.noList")?.severity).toBe("info");
    expect(found.find((f) => f.rule === "nomenclature.noList")?.message.en).toBe(
      "Renaksi holds no official nomenclature list for plans of 2022 (lists held: Kepmendagri 900.1.15.5-1317/2023 (2024-)); Program, Kegiatan and Sub Kegiatan names are not checked against a list.",
    );
    expect(fromList(found).map((f) => f.rule)).toEqual(["nomenclature.noList"]);
    expect(found.some((f) => f.rule === "nomenclature.duplicateName")).toBe(true);
    expect(where(found.filter((f) => f.rule === "nomenclature.wrongKegiatan"))).toHaveLength(1);
  });

  it("dated 2024 gets the misplaced support-programme sub kegiatan as an error", () => {
    const plan = planOf(SEED.replace(/TAHUN 2022/g, "TAHUN 2024"));
    expect(plan.recognition.year).toBe(2024);
    const found = nomenclature(validate(plan, [list]));
    const misplaced = found.filter((f) => f.rule === "nomenclature.misplaced");
    expect(misplaced.map((f) => f.severity)).toEqual(["error"]);
    expect(misplaced[0].message.en).toContain("Sub Kegiatan \"Peningkatan Sarana dan Prasarana Disiplin Pegawai\" belongs to Kegiatan \"Administrasi Kepegawaian Perangkat Daerah\"");
    expect(found.filter((f) => f.rule === "nomenclature.wrongKegiatan" || f.rule === "nomenclature.noList")).toEqual([]);
  });
});

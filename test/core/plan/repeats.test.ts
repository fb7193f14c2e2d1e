/** A node written again on the next row instead of merged (plan/repeats.ts). */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids, summarizeTable } from "../../../src/core/analyze";
import { validate } from "../../../src/core/rules";
import { codeForColumn } from "../../../src/core/plan/repeats";

const HEAD = [
  "#sheet Renaksi",
  "RENCANA AKSI TAHUN 2026",
  "DINAS TENAGA KERJA KABUPATEN CONTOH",
  "Kode\tProgram\tKegiatan\tSub Kegiatan\tIndikator\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV",
];
const PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah";
const PELATIHAN = "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA\tPelaksanaan Pelatihan berdasarkan Unit Kompetensi";
const SUB = "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi";

describe("a flat table repeating Program, Kegiatan and Sub Kegiatan on every indicator row", () => {
  const rows = [
    `2.07.01.2.01.0001\t${PENUNJANG}\tPenyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah Dokumen Perencanaan Perangkat Daerah\t2\tDokumen\t25\t50\t75\t100`,
    `2.07.01.2.01.0006\t${PENUNJANG}\tKoordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD\tJumlah Laporan Capaian Kinerja\t3\tLaporan\t25\t50\t75\t100`,
    `2.07.03.2.01.0001\t${PELATIHAN}\t${SUB}\tJumlah Peserta Pelatihan Kerja\t120\tOrang\t0\t40\t80\t120`,
    `2.07.03.2.01.0001\t${PELATIHAN}\t${SUB}\tPersentase peserta yang lulus uji kompetensi\t80\t%\t0\t80\t80\t80`,
  ];

  it("reads one node per name, the repeated Sub Kegiatan with two indicators, each code on its own level", () => {
    const { plans } = analyzeGrids(gridsFromSource([...HEAD, ...rows].join("\n")));
    expect(summarizeTable(plans[0]).counts).toMatchObject({ program: 2, kegiatan: 2, subKegiatan: 3, indikator: 4 });
    const sub = plans[0].nodes.filter((n) => n.level === "subKegiatan");
    expect(sub.map((n) => [n.code, n.indikators.length])).toEqual([["2.07.01.2.01.0001", 1], ["2.07.01.2.01.0006", 1], ["2.07.03.2.01.0001", 2]]);
    expect(plans[0].nodes.filter((n) => n.level === "program").map((n) => n.code)).toEqual([null, null]);
    const errors = validate(plans[0]).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule)).toEqual([]);
  });

  it("a Kegiatan on its Sub Kegiatan's indicator row is not said to carry that row's target", () => {
    const { plans } = analyzeGrids(gridsFromSource([...HEAD, ...rows].join("\n")));
    const kegiatan = validate(plans[0]).filter((f) => f.rule === "hierarchy.kegiatanNoIndicator");
    expect(kegiatan.length).toBe(2);
    for (const f of kegiatan) expect(f.message.en).toContain("has neither an indicator nor a target");
  });

  it("keeps two Kegiatan with one name but two numbers as two (the seed's C. and D.)", () => {
    const src = [
      "#sheet Lampiran",
      "RENCANA AKSI TAHUN 2026",
      "Uraian\tIndikator\tTarget\tTW I\tTW II\tTW III\tTW IV",
      "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen tepat waktu\t100%\t25\t50\t75\t100",
      "C. Administrasi Barang Milik Daerah pada Perangkat Daerah\tJumlah laporan BMD\t4 Laporan\t1\t2\t3\t4",
      "D. Administrasi Barang Milik Daerah pada Perangkat Daerah\tJumlah laporan aset\t4 Laporan\t1\t2\t3\t4",
    ].join("\n");
    const { plans } = analyzeGrids(gridsFromSource(src));
    expect(summarizeTable(plans[0]).counts).toMatchObject({ kegiatan: 2 });
    expect(validate(plans[0]).map((f) => f.rule)).toContain("nomenclature.duplicateName");
  });
});

describe("a name written again outside a flat table", () => {
  it("stays two nodes: a name alone on its row then again with its indicator, or a Program column left empty below its first row", () => {
    const src = [
      ...HEAD,
      `\t${PENUNJANG}\tPenyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah Dokumen Perencanaan Perangkat Daerah\t2\tDokumen\t25\t50\t75\t100`,
      `\t\t\tPenyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah dokumen evaluasi\t1\tDokumen\t0\t0\t0\t1`,
    ].join("\n");
    const { plans } = analyzeGrids(gridsFromSource(src));
    expect(summarizeTable(plans[0]).counts).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 2 });
    expect(validate(plans[0]).map((f) => f.rule)).toContain("nomenclature.duplicateName");
  });
});

describe("codeForColumn", () => {
  it("gives a column of one level only a code of its level; an Uraian column any code", () => {
    expect(codeForColumn("program", "2.07.03.2.01.0002")).toBeNull();
    expect(codeForColumn("subKegiatan", "2.07.03.2.01.0002")).toBe("2.07.03.2.01.0002");
    expect(codeForColumn("program", "2.07.03")).toBe("2.07.03");
    expect(codeForColumn("uraian", "2.07.03.2.01.0002")).toBe("2.07.03.2.01.0002");
  });
});

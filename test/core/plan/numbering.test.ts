/**
 * The level a name cell's numbering and words give it (plan/numbering.ts), as the parser reads it.
 */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { splitNumbering } from "../../../src/core/plan/numbering";

describe("a numbered Sasaran", () => {
  it("is a Sasaran when the word follows its numbering (\"I. Sasaran: ...\", \"1. Sasaran ...\")", () => {
    expect(splitNumbering("I. Sasaran: Meningkatnya kualitas pelayanan")).toMatchObject({
      explicit: "sasaran", rest: "Meningkatnya kualitas pelayanan", numbering: { style: "roman", ordinal: 1 },
    });
    expect(splitNumbering("2. Sasaran Meningkatnya akuntabilitas")).toMatchObject({
      explicit: "sasaran", rest: "Meningkatnya akuntabilitas", numbering: { style: "numDot", ordinal: 2 },
    });
    // A letter that is no roman numeral keeps its own style.
    expect(splitNumbering("A. Sasaran Meningkatnya akuntabilitas")).toMatchObject({ explicit: "sasaran", numbering: { style: "letter", ordinal: 1 } });
  });

  it("an Uraian column numbered I., 1., a., (1) reads Sasaran > Program > Kegiatan > Sub Kegiatan", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tUraian\tIndikator Kinerja\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV",
      "I.\tSasaran: Meningkatnya kualitas pelayanan perhubungan\tIndeks kepuasan masyarakat\t85\tIndeks\t85\t85\t85\t85",
      "1.\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen tepat waktu\t100\t%\t25\t50\t75\t100",
      "a.\tAdministrasi Keuangan Perangkat Daerah\tJumlah bulan layanan\t12\tBulan\t3\t6\t9\t12",
      "(1)\tPenyediaan Gaji dan Tunjangan ASN\tJumlah bulan pembayaran gaji\t12\tBulan\t3\t6\t9\t12",
    ].join("\n");
    const [plan] = analyzeGrids(gridsFromSource(source)).plans;
    expect(plan.nodes.map((n) => [n.level, n.name])).toEqual([
      ["sasaran", "Meningkatnya kualitas pelayanan perhubungan"],
      ["program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"],
      ["kegiatan", "Administrasi Keuangan Perangkat Daerah"],
      ["subKegiatan", "Penyediaan Gaji dan Tunjangan ASN"],
    ]);
  });
});

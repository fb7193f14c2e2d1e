/**
 * The level a name cell's numbering and words give it (plan/numbering.ts), as the parser reads it.
 */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { splitNumbering } from "../../../src/core/plan/numbering";
import { validate } from "../../../src/core/rules";

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

describe("outline numbers in the No column", () => {
  const table = (rows: string[]) => [
    "#sheet RA",
    "RENCANA AKSI DINAS PERHUBUNGAN TAHUN 2026",
    "",
    "No\tUraian\tIndikator Kinerja\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV",
    ...rows,
  ].join("\n");

  it("four deep (1 / 1.1 / 1.1.1 / 1.1.1.1): Sasaran > Program > Kegiatan > Sub Kegiatan, the plain numbers Sasaran", () => {
    const [plan] = analyzeGrids(gridsFromSource(table([
      "1\tMeningkatnya kualitas pelayanan perhubungan\tIndeks kepuasan masyarakat\t85\tIndeks\t85\t85\t85\t85",
      "1.1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen tepat waktu\t100\t%\t25\t50\t75\t100",
      "1.1.1\tAdministrasi Keuangan Perangkat Daerah\tJumlah bulan layanan\t12\tBulan\t3\t6\t9\t12",
      "1.1.1.1\tPenyediaan Gaji dan Tunjangan ASN\tJumlah bulan pembayaran gaji\t12\tBulan\t3\t6\t9\t12",
      "2\tMeningkatnya keselamatan lalu lintas\tPersentase penurunan kecelakaan\t5\t%\t5\t5\t5\t5",
      "2.1\tProgram Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)\tPersentase perlengkapan jalan baik\t90\t%\t20\t45\t70\t90",
      "2.1.1\tPenyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota\tJumlah ruas jalan\t15\tRuas\t3\t7\t11\t15",
      "2.1.1.1\tPengadaan Perlengkapan Jalan di Jalan Kabupaten/Kota\tJumlah rambu\t120\tUnit\t0\t60\t120\t120",
    ]))).plans;
    expect(plan.nodes.map((n) => n.level)).toEqual(["sasaran", "program", "kegiatan", "subKegiatan", "sasaran", "program", "kegiatan", "subKegiatan"]);
    expect(validate(plan).filter((f) => f.rule.startsWith("hierarchy.") || f.rule.startsWith("numbering."))).toEqual([]);
  });

  it("three deep (1 / 1.1 / 1.1.1) stays Program > Kegiatan > Sub Kegiatan", () => {
    const [plan] = analyzeGrids(gridsFromSource(table([
      "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen tepat waktu\t100\t%\t25\t50\t75\t100",
      "1.1\tAdministrasi Keuangan Perangkat Daerah\tJumlah bulan layanan\t12\tBulan\t3\t6\t9\t12",
      "1.1.1\tPenyediaan Gaji dan Tunjangan ASN\tJumlah bulan pembayaran gaji\t12\tBulan\t3\t6\t9\t12",
    ]))).plans;
    expect(plan.nodes.map((n) => n.level)).toEqual(["program", "kegiatan", "subKegiatan"]);
  });
  it("a running counter written with a dot (1., 2., 3., ... on every row) says nothing about the level", () => {
    const analysis = analyzeGrids(gridsFromSource(table([
      "1.\tSasaran Strategis: Meningkatnya kualitas pelayanan perhubungan\tIndeks kepuasan masyarakat\t85\tIndeks\t85\t85\t85\t85",
      "2.\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen tepat waktu\t100\t%\t25\t50\t75\t100",
      "3.\tKegiatan: Administrasi Keuangan Perangkat Daerah\tJumlah bulan layanan\t12\tBulan\t3\t6\t9\t12",
      "4.\tSub Kegiatan: Penyediaan Gaji dan Tunjangan ASN\tJumlah bulan pembayaran gaji\t12\tBulan\t3\t6\t9\t12",
      "5.\tSub Kegiatan: Penyediaan Administrasi Pelaksanaan Tugas ASN\tJumlah orang yang menerima\t45\tOrang\t45\t45\t45\t45",
    ])));
    const [plan] = analysis.plans;
    expect(plan.nodes.map((n) => [n.level, n.numbering.style])).toEqual([
      ["sasaran", "none"], ["program", "none"], ["kegiatan", "none"], ["subKegiatan", "none"], ["subKegiatan", "none"],
    ]);
    expect(validate(plan).filter((f) => f.rule.startsWith("numbering."))).toEqual([]);
  });
  it("four deep written in the Uraian text (\"1.1.1 Administrasi ...\") reads as in the No column", () => {
    const [plan] = analyzeGrids(gridsFromSource(table([
      "\t1 Meningkatnya kualitas pelayanan perhubungan\tIndeks kepuasan masyarakat\t85\tIndeks\t85\t85\t85\t85",
      "\t1.1 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen tepat waktu\t100\t%\t25\t50\t75\t100",
      "\t1.1.1 Administrasi Keuangan Perangkat Daerah\tJumlah bulan layanan\t12\tBulan\t3\t6\t9\t12",
      "\t1.1.1.1 Penyediaan Gaji dan Tunjangan ASN\tJumlah bulan pembayaran gaji\t12\tBulan\t3\t6\t9\t12",
      "\t2 Meningkatnya keselamatan lalu lintas\tPersentase penurunan kecelakaan\t5\t%\t5\t5\t5\t5",
      "\t2.1 Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)\tPersentase perlengkapan jalan baik\t90\t%\t20\t45\t70\t90",
    ]))).plans;
    expect(plan.nodes.map((n) => [n.level, n.name])).toEqual([
      ["sasaran", "Meningkatnya kualitas pelayanan perhubungan"],
      ["program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"],
      ["kegiatan", "Administrasi Keuangan Perangkat Daerah"],
      ["subKegiatan", "Penyediaan Gaji dan Tunjangan ASN"],
      ["sasaran", "Meningkatnya keselamatan lalu lintas"],
      ["program", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"],
    ]);
    expect(validate(plan).filter((f) => f.rule.startsWith("hierarchy.") || f.rule.startsWith("numbering."))).toEqual([]);
  });

  it("a nomenclature code after the numbering (\"1. 2.16.02 PROGRAM ...\", No column 1.1 beside \"2.16.02.2.01 ...\") names the level", () => {
    expect(splitNumbering("1. 2.16.02 PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK")).toMatchObject({
      explicit: "program", code: "2.16.02", rest: "PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK", numbering: { style: "numDot", ordinal: 1 },
    });
    const [plan] = analyzeGrids(gridsFromSource(table([
      "I.\tSasaran: Meningkatnya kualitas layanan informasi publik\tIndeks keterbukaan informasi\t80\tNilai\t80\t80\t80\t80",
      "1.\t2.16.02 PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK\tPersentase informasi terlayani\t100\t%\t25\t50\t75\t100",
      "1.1\t2.16.02.2.01 Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota\tJumlah informasi\t480\tKonten\t120\t240\t360\t480",
      "1.1.1\t2.16.02.2.01.0002 Pengelolaan Konten dan Perencanaan Media Komunikasi Publik\tJumlah dokumen konten\t12\tDokumen\t3\t6\t9\t12",
      "1.1.2\t2.16.02.2.01.0003 Pengelolaan Media Komunikasi Publik\tJumlah dokumen media\t12\tDokumen\t3\t6\t9\t12",
    ]))).plans;
    expect(plan.nodes.map((n) => [n.level, n.code])).toEqual([
      ["sasaran", null], ["program", "2.16.02"], ["kegiatan", "2.16.02.2.01"], ["subKegiatan", "2.16.02.2.01.0002"], ["subKegiatan", "2.16.02.2.01.0003"],
    ]);
    expect(validate(plan).filter((f) => f.rule.startsWith("hierarchy.") || f.severity === "error")).toEqual([]);
  });
});

/** A Sasaran written across the table, in a table with no Sasaran column (plan/heading.ts). */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids, summarizeTable } from "../../../src/core/analyze";
import { validate } from "../../../src/core/rules";

const source = (first: string, merge: string) => [
  "#sheet Renaksi",
  "RENCANA AKSI TAHUN 2026",
  "INSPEKTORAT DAERAH KABUPATEN CONTOH",
  "No\tIndikator Kinerja\tTarget\tSatuan\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
  first,
  `#merge ${merge}`,
  "1\tNilai Maturitas SPIP\t3\tLevel\tPenilaian mandiri SPIP\t3\t3\t3\t3\tInspektur Pembantu I",
  "2\tPersentase rekomendasi yang ditindaklanjuti\t90\t%\tPemantauan tindak lanjut\t20\t40\t65\t90\tInspektur Pembantu II",
  "",
  "\tSasaran 2 : Menurunnya penyimpangan pengelolaan keuangan daerah",
  "#merge B8:J8",
  "3\tPersentase pengaduan yang ditangani\t100\t%\tPenanganan pengaduan\t25\t50\t75\t100\tInspektur Pembantu Khusus",
].join("\n");

describe("a Sasaran row across a table with no Sasaran column", () => {
  it.each([
    ["merged from the No column", "Sasaran 1: Meningkatnya kualitas tata kelola pemerintahan", "A4:J4"],
    ["merged from the indicator column", "\tSASARAN STRATEGIS 1 : Meningkatnya kualitas tata kelola pemerintahan", "B4:J4"],
  ])("%s: starts a Sasaran that owns the indicators below it", (_, first, merge) => {
    const { plans } = analyzeGrids(gridsFromSource(source(first, merge)));
    expect(summarizeTable(plans[0]).counts).toMatchObject({ sasaran: 2, indikator: 3 });
    const sasaran = plans[0].nodes.filter((n) => n.level === "sasaran");
    expect(sasaran.map((n) => [n.name, n.indikators.length])).toEqual([
      ["Meningkatnya kualitas tata kelola pemerintahan", 2],
      ["Menurunnya penyimpangan pengelolaan keuangan daerah", 1],
    ]);
    expect(validate(plans[0]).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a Sasaran row across a table whose Sasaran column is left empty", () => {
  it("starts the Sasaran when the row's text is merged over the Sasaran column from the left", () => {
    const src = [
      "#sheet Renaksi",
      "RENCANA AKSI TAHUN 2026",
      "No\tSasaran\tIndikator Kinerja\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV",
      "Sasaran 1: Meningkatnya kualitas pengelolaan keuangan daerah",
      "#merge A3:I3",
      "1\t\tPersentase realisasi pendapatan\t95\t%\t20\t45\t70\t95",
      "Sasaran 2: Meningkatnya akuntabilitas kinerja",
      "#merge A5:I5",
      "2\t\tNilai SAKIP\tBB\tPredikat\t-\t-\t-\tBB",
    ].join("\n");
    const { plans } = analyzeGrids(gridsFromSource(src));
    expect(summarizeTable(plans[0]).counts).toMatchObject({ sasaran: 2, indikator: 2 });
    expect(validate(plans[0]).filter((f) => f.severity !== "info")).toEqual([]);
    // Not merged, written in the No column and overflowing across the empty cells: the same.
    const plain = analyzeGrids(gridsFromSource(src.replace(/#merge A[35]:I[35]\n/g, ""))).plans[0];
    expect(summarizeTable(plain).counts).toMatchObject({ sasaran: 2, indikator: 2 });
  });
});

describe("one \"Indikator Sasaran / Program\" column holding a Program's name, then its indicator", () => {
  it("gives the indicator under the Program's name to the Program; the one on the Sasaran's row stays the Sasaran's", () => {
    const src = [
      "#sheet Lampiran",
      "RENCANA AKSI TAHUN 2026",
      "DINAS KOMUNIKASI DAN INFORMATIKA KOTA CONTOH",
      "Sasaran\tIndikator Sasaran / Program\tKegiatan / Sub Kegiatan\tIndikator Kegiatan / Sub Kegiatan\tTarget\tTW I\tTW II\tTW III\tTW IV",
      "Sasaran 1 Meningkatnya kualitas layanan informasi publik\tIndeks Keterbukaan Informasi Publik\t\t\t85 Nilai\t85\t85\t85\t85",
      "\t2.16.02 Program Informasi dan Komunikasi Publik",
      "\tPersentase informasi publik yang terpublikasi\t\t\t100 %\t25\t50\t75\t100",
      "\t\t2.16.02.2.01 Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota\tJumlah informasi publik yang dikelola\t1.200 Informasi\t25\t50\t75\t100",
    ].join("\n");
    const { plans } = analyzeGrids(gridsFromSource(src));
    const owners = plans[0].nodes.filter((n) => n.level !== "kegiatan").map((n) => [n.level, n.indikators.map((i) => i.text)]);
    expect(owners).toEqual([
      ["sasaran", ["Indeks Keterbukaan Informasi Publik"]],
      ["program", ["Persentase informasi publik yang terpublikasi"]],
    ]);
    expect(validate(plans[0]).filter((f) => f.rule === "hierarchy.noIndicator")).toEqual([]);
  });
});

/**
 * What the parser's rows and indicators tell about their cells: worked out from the row when
 * asked (the plan keeps no cell objects of its own), and the same as the sheet's.
 */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import type { Plan } from "../../../src/core/plan/types";
import { validate } from "../../../src/core/rules";

function planOf(lines: string[]): Plan {
  const { plans } = analyzeGrids(gridsFromSource(lines.join("\n")));
  expect(plans).toHaveLength(1);
  return plans[0];
}

const HEADER = [
  "RENCANA AKSI TAHUN 2025",
  "",
  "Sasaran\tProgram\tIndikator Program\tKegiatan / Sub Kegiatan\t\tTarget\tTarget Kinerja\t\t\t",
  "\t\t\tUraian\tIndikator\t\tTW I\tTW II\tTW III\tTW IV",
];

describe("rows and indicators of a parsed table", () => {
  // Rows 5-7 (0-based 4-6); the target cell F6:F7 is merged over the last two rows.
  const plan = planOf([
    "#sheet Renaksi",
    "#merge A3:A4 B3:B4 C3:C4 D3:E3 F3:F4 G3:J3 F6:F7",
    ...HEADER,
    "Sasaran 1 Meningkatnya kualitas layanan\t1. Program Penunjang Urusan\tPersentase program terlaksana\tA. Administrasi Umum\tJumlah dokumen\t4 Dokumen\t1\t2\t3\t4",
    "\t\t\t\tJumlah laporan\t12 Laporan\t3\t6\t9\t12",
    "\t\t\t\tJumlah rapat\t\t1\t2\t3\t12",
  ]);
  const col = plan.recognition.columns;

  it("gives each indicator its own cell, on its row and in its column", () => {
    const cells = plan.nodes.flatMap((n) => n.indikators.map((i) => [i.text, i.cell()]));
    expect(cells).toEqual([
      ["Persentase program terlaksana", { row: 4, col: col.indikatorProgram }],
      ["Jumlah dokumen", { row: 4, col: col.indikator }],
      ["Jumlah laporan", { row: 5, col: col.indikator }],
      ["Jumlah rapat", { row: 6, col: col.indikator }],
    ]);
  });

  it("gives the row's target to its lowest indicator only, and a row in a merged target cell that cell's top-left", () => {
    const byText = new Map(plan.nodes.flatMap((n) => n.indikators.map((i) => [i.text, i])));
    const program = byText.get("Persentase program terlaksana");
    const dokumen = byText.get("Jumlah dokumen");
    expect(program?.target).toBeNull();
    expect(program?.hasTargetColumn).toBe(false);
    expect(dokumen?.target).toBe(dokumen?.planRow.target);
    expect(dokumen?.target?.quantity).toBe(4);
    expect(dokumen?.hasTargetColumn).toBe(true);
    expect(plan.rows.map((r) => [r.row, r.target?.raw ?? null, r.targetCell()])).toEqual([
      [4, "4 Dokumen", { row: 4, col: col.target }],
      [5, "12 Laporan", { row: 5, col: col.target }],
      [6, "12 Laporan", { row: 5, col: col.target }],
    ]);
    // One target object for the two rows of the merged cell: equal targets are shared.
    expect(plan.rows[2].target).toBe(plan.rows[1].target);
  });

  it("has no target cell in a table without a target column", () => {
    const noTarget = planOf([
      "#sheet Renaksi",
      "RENCANA AKSI TAHUN 2025",
      "",
      "Program\tIndikator\tTW I\tTW II\tTW III\tTW IV",
      "1. Program Penunjang Urusan\tJumlah dokumen\t1\t2\t3\t4",
    ]);
    expect(noTarget.rows.length).toBeGreaterThan(0);
    for (const r of noTarget.rows) {
      expect(r.target).toBeNull();
      expect(r.targetCell()).toBeNull();
      expect(r.indikator?.hasTargetColumn).toBe(false);
    }
  });
});

describe("a name written across the row", () => {
  // The Kegiatan rows 7 and 10 are merged over every column right of the name: no target, no quarters.
  const source = [
    "#sheet RA",
    "RENCANA AKSI TAHUN 2026",
    "DINAS PERHUBUNGAN KABUPATEN CONTOH",
    "",
    "No\tProgram / Kegiatan / Sub Kegiatan\tIndikator Kinerja\tTarget\tSatuan\tTriwulan I\tTriwulan II\tTriwulan III\tTriwulan IV\tPenanggung Jawab",
    "1\tSasaran 1 Meningkatnya kualitas pelayanan perhubungan\tIndeks kepuasan masyarakat\t85\tIndeks\t85\t85\t85\t85\tKepala Dinas",
    "\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen perencanaan tepat waktu\t100\t%\t25\t50\t75\t100\tSekretaris",
    "\tKegiatan: Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "\tSub Kegiatan: Penyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah dokumen perencanaan perangkat daerah\t3\tDokumen\t1\t2\t3\t3\tKasubag Perencanaan",
    "\tSub Kegiatan: Evaluasi Kinerja Perangkat Daerah\tJumlah laporan evaluasi kinerja\t2\tLaporan\t0\t1\t1\t2\tKasubag Perencanaan",
    "\tKegiatan: Administrasi Keuangan Perangkat Daerah",
    "\tSub Kegiatan: Penyediaan Gaji dan Tunjangan ASN\tJumlah bulan pembayaran gaji\t12\tBulan\t3\t6\t9\t12\tKasubag Keuangan",
    "#merge B7:J7 B10:J10",
  ];
  const plan = planOf(source);

  it("reads the name, not its text again as the row's target and quarterly targets", () => {
    const kegiatan = plan.rows.filter((r) => r.owner?.level === "kegiatan");
    expect(kegiatan.map((r) => [r.row, r.target, Object.keys(r.quarterSets())])).toEqual([[6, null, []], [9, null, []]]);
    const found = validate(plan).filter((f) => f.range.top === 6 || f.range.top === 9).map((f) => f.rule);
    expect(found.filter((r) => r.startsWith("percent.") || r.startsWith("target."))).toEqual([]);
  });
  it("a Sasaran written as a group row across a PK table is no target and no quarters either", () => {
    const pk = planOf([
      "#sheet RA",
      "RENCANA AKSI PERJANJIAN KINERJA TAHUN 2026",
      "",
      "No\tSasaran / Indikator Kinerja\tSatuan\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
      "I\tSasaran: Meningkatnya profesionalisme ASN",
      "1\tIndeks Profesionalitas ASN\tIndeks\t75\tPemetaan kompetensi\t75\t75\t75\t75\tKepala Bidang Pengembangan",
      "2\tPersentase ASN yang mengikuti pengembangan kompetensi\t%\t60\tDiklat dan bimtek\t15\t30\t45\t60\tKepala Bidang Pengembangan",
      "#merge B4:J4",
    ]);
    expect(pk.nodes.map((n) => [n.level, n.name, n.indikators.length])).toEqual([["sasaran", "Meningkatnya profesionalisme ASN", 2]]);
    expect(validate(pk).filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });
});

describe("a No column numbering the Sasaran in roman numerals without a dot", () => {
  it("reads \"II\", \"III\" as the Sasaran's number, as it reads \"I\"", () => {
    const plan = planOf([
      "#sheet Renaksi",
      "RENCANA AKSI TAHUN 2027",
      "",
      "No\tUraian\tIndikator Kinerja\tTarget\tTW I\tTW II\tTW III\tTW IV",
      "I\tSasaran 1 : Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t82 Nilai\t82\t82\t82\t82",
      "1.\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tPersentase layanan tepat waktu\t95 %\t95\t95\t95\t95",
      "A.\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\tJumlah laporan\t12 Laporan\t3\t6\t9\t12",
      "1)\tPeningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan\tJumlah dokumen\t4 Dokumen\t1\t2\t3\t4",
      "II\tSasaran 2 : Meningkatnya akuntabilitas kinerja kecamatan\tNilai SAKIP\tB\t-\t-\t-\tB",
      "1.\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase capaian administrasi\t100 %\t25\t50\t75\t100",
      "III\tSasaran 3 : Meningkatnya partisipasi masyarakat\tPersentase lembaga aktif\t80 %\t-\t-\t-\t80",
    ]);
    expect(plan.roots.map((s) => [s.level, s.name, s.numbering.ordinal])).toEqual([
      ["sasaran", "Meningkatnya kualitas pelayanan publik", 1],
      ["sasaran", "Meningkatnya akuntabilitas kinerja kecamatan", 2],
      ["sasaran", "Meningkatnya partisipasi masyarakat", 3],
    ]);
    expect(validate(plan).filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });
});

describe("the urusan and bidang rows of a table exported with its codes (\"2 URUSAN PEMERINTAHAN WAJIB ...\", \"2.17 URUSAN PEMERINTAHAN BIDANG ...\")", () => {
  it("are headings above the programmes, no level of the plan", () => {
    const plan = planOf([
      "#sheet RA",
      "RENCANA AKSI TAHUN 2024",
      "",
      "Kode\tProgram/Kegiatan/Sub Kegiatan\tIndikator\tTarget\tSatuan\tTW 1\tTW 2\tTW 3\tTW 4",
      "2\tURUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR\t\t\t\t\t\t\t",
      "2.17\tURUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH\t\t\t\t\t\t\t",
      "\tSasaran 1 Meningkatnya kualitas kelembagaan koperasi\tPersentase koperasi sehat\t40\t%\t40\t40\t40\t40",
      "2.17.03\tProgram Pengawasan dan Pemeriksaan Koperasi\tJumlah koperasi yang diperiksa\t60\tUnit Usaha\t15\t30\t45\t60",
      "2.17.03.2.01\tPemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota\tJumlah koperasi yang diawasi\t60\tUnit Usaha\t15\t30\t45\t60",
      "2.17.03.2.01.0003\tPenguatan Tata Kelola Kelembagaan Koperasi\tJumlah Koperasi yang Dilakukan Penguatan Tata Kelola Kelembagaan Koperasi\t60\tUnit Usaha\t15\t30\t45\t60",
    ]);
    expect(plan.nodes.map((n) => n.level)).toEqual(["sasaran", "program", "kegiatan", "subKegiatan"]);
    expect(validate(plan).filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });
});

import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids, summarizeTable } from "../../../src/core/analyze";
import { validateAnalysis } from "../../../src/core/rules";

/** A sheet source from rows of cells written with "|" between them. */
function source(title: string, header: string[], rows: string[], merges = ""): string {
  return ["#sheet RA", title, "", ...header.map((h) => h.split("|").join("\t")), ...rows.map((r) => r.split("|").join("\t")), merges ? `#merge ${merges}` : ""].join("\n");
}

function table(src: string) {
  const a = analyzeGrids(gridsFromSource(src));
  expect(a.plans).toHaveLength(1);
  return { t: summarizeTable(a.plans[0]), findings: validateAnalysis(a) };
}

const MONTHS = "Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des";
const NUMBERS = "1|2|3|4|5|6|7|8|9|10|11|12";
const ROW_OK = "1|Meningkatnya mutu layanan|Jumlah laporan kinerja bulanan|Laporan|12|1|1|1|1|1|1|1|1|1|1|1|1";

describe("month columns", () => {
  it("\"Jan\"..\"Des\" under a merged \"Target Bulanan\": a header of two rows, each month a column of its own, no quarter", () => {
    const { t, findings } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Satuan|Target|Target Bulanan", `|||||${MONTHS}`], [ROW_OK], "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:Q3"));
    expect(t.headerRows).toBe(2);
    expect(t.columns).toMatchObject({ target: "E", bulan1: "F", bulan3: "H", bulan12: "Q" });
    expect(Object.keys(t.columns).some((k) => /^(kinerja|pelaksanaan)/.test(k))).toBe(false);
    // Monthly targets say every quarter's: an info that they are checked as months, no warning.
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["layout.noQuarterColumns", "info"]]);
  });

  it("bare month numbers 1..12 under \"Target Kinerja per Bulan (%)\" are months, not quarters I-IV", () => {
    const { t, findings } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Target|Satuan|Target Kinerja per Bulan (%)", `|||||${NUMBERS}`],
      ["1|Meningkatnya kualitas perencanaan|Persentase dokumen perencanaan tepat waktu|100|%|8,33|16,67|25|33,33|41,67|50|58,33|66,67|75|83,33|91,67|100"],
      "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:Q3"));
    expect(t.columns).toMatchObject({ bulan1: "F", bulan4: "I", bulan12: "Q" });
    expect(t.columns).not.toHaveProperty("kinerja1");
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a monthly schedule of ticks numbered 1..12 under \"Jadwal Pelaksanaan\" (no month word) beside TW I-IV is no second quarter group", () => {
    const { t, findings } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Target|Target Kinerja||||Jadwal Pelaksanaan", `||||TW I|TW II|TW III|TW IV|${NUMBERS}`],
      ["1|Meningkatnya keterbukaan informasi|Nilai keterbukaan informasi publik|Informatif|-|-|-|Informatif|||||||||√|√||"],
      "A3:A4 B3:B4 C3:C4 D3:D4 E3:H3 I3:T3"));
    expect(t.columns).toMatchObject({ kinerja1: "E", kinerja4: "H", bulan1: "I", bulan12: "T" });
    expect(t.columns).not.toHaveProperty("pelaksanaan1");
    expect(findings.filter((f) => f.rule.startsWith("percent."))).toEqual([]);
  });

  it("\"Bulan 1\"..\"Bulan 12\" in one header row beside \"TW 1\"..\"TW 4\"", () => {
    const months = NUMBERS.split("|").map((n) => `Bulan ${n}`).join("|");
    const { t } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2027",
      [`No|Indikator Kinerja|Target|Satuan|${months}|TW 1|TW 2|TW 3|TW 4`],
      ["1|Jumlah bank sampah aktif|120|Unit|100|102|104|106|108|110|112|114|116|118|119|120|104|110|116|120"]));
    expect(t.columns).toMatchObject({ bulan1: "E", bulan12: "P", kinerja1: "Q", kinerja4: "T" });
  });

  it("months under their quarters (\"Triwulan I\" over \"Januari | Februari | Maret\") are months", () => {
    const { t } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Target|Triwulan I|||Triwulan II|||Triwulan III|||Triwulan IV", `||||${"Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"}`],
      [ROW_OK.replace("|Laporan|12|", "|12 Laporan|").replace(/\|Laporan/, "")], "A3:A4 B3:B4 C3:C4 D3:D4 E3:G3 H3:J3 K3:M3 N3:P3"));
    expect(t.columns).toMatchObject({ bulan1: "E", bulan12: "P" });
  });

  it("the quarter-end months alone (\"Maret / Juni / September / Desember\" under \"Target Kumulatif s.d. Bulan\") head the four quarters", () => {
    const { t, findings } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Satuan|Target|Target Kumulatif s.d. Bulan", "|||||Maret|Juni|September|Desember"],
      ["1|Meningkatnya layanan adminduk|Jumlah desa yang menerapkan layanan online|Desa|60|15|30|45|50"],
      "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:I3"));
    expect(t.columns).toMatchObject({ kinerja1: "F", kinerja2: "G", kinerja3: "H", kinerja4: "I" });
    expect(t.columns).not.toHaveProperty("bulan3");
    // Now read as quarters, its real mistake (50 at year end for 60 Desa) is found.
    expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["percent.noConvention"]);
  });
});

describe("semester columns", () => {
  it("\"Semester I\" / \"Semester II\": semester columns, a warning that quarters are missing, each row checked as semesters", () => {
    const { t, findings } = table(source("RENCANA AKSI SATUAN POLISI PAMONG PRAJA KABUPATEN CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Satuan|Target|Target Semester", "|||||Semester I|Semester II"],
      ["1|Meningkatnya ketertiban umum|Jumlah operasi penertiban|Kali|48|24|24", "2||Jumlah pos pemadam yang beroperasi|Pos|4|2|3"],
      "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:G3 B5:B6"));
    expect(t.columns).toMatchObject({ semester1: "F", semester2: "G" });
    expect(findings.map((f) => [f.rule, f.severity, f.range.top + 1])).toEqual([
      ["layout.noQuarterColumns", "warning", 3],
      ["percent.periodNoReading", "warning", 6],
    ]);
  });

  it("bare \"I\" / \"II\" under \"Target Semester\" are semesters, not quarters I and II", () => {
    const { t, findings } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Satuan|Target|Target Semester", "|||||I|II"],
      ["1|Meningkatnya ketertiban umum|Jumlah operasi penertiban|Kali|48|24|24"],
      "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:G3"));
    expect(t.columns).toMatchObject({ semester1: "F", semester2: "G" });
    expect(findings.some((f) => f.rule === "layout.quarterColumns")).toBe(false);
  });
});

describe("quarters under their semesters", () => {
  it("\"Semester I\" over \"I | II\" and \"Semester II\" over \"III | IV\" are the four quarters, not two semesters", () => {
    const { t, findings } = table(source("RENCANA AKSI BADAN PENDAPATAN DAERAH KABUPATEN CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Target|Semester I||Semester II", "||||I|II|III|IV"],
      ["1|Meningkatnya pendapatan asli daerah|Jumlah wajib pajak restoran terdaftar|850 WP|700|750|800|850"],
      "A3:A4 B3:B4 C3:C4 D3:D4 E3:F3 G3:H3"));
    expect(t.columns).toMatchObject({ kinerja1: "E", kinerja2: "F", kinerja3: "G", kinerja4: "H" });
    expect(t.columns).not.toHaveProperty("semester1");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("quarters split into Target and Realisasi", () => {
  const HEAD = ["No|Sasaran|Indikator Kinerja|Target|Satuan|TW I||TW II||TW III||TW IV", "|||||Target|Realisasi|Target|Realisasi|Target|Realisasi|Target|Realisasi"];
  const MERGES = "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:G3 H3:I3 J3:K3 L3:M3";

  it("each quarter's Target column is the quarter's target; its Realisasi is no Target Pelaksanaan", () => {
    const { t, findings } = table(source("RENCANA AKSI DAN REALISASI KINERJA KECAMATAN CONTOH TAHUN 2026", HEAD, [
      "1|Meningkatnya kualitas pelayanan publik|Indeks Kepuasan Masyarakat|85|Indeks|85|84,2|85|86,1|85||85|",
      "2||Jumlah rapat koordinasi Forkopimcam|12|Kali|3|3|6|5|9||12|",
    ], MERGES + " B5:B6"));
    expect(t.headerRows).toBe(2);
    expect(t.columns).toMatchObject({ kinerja1: "F", kinerja2: "H", kinerja3: "J", kinerja4: "L" });
    expect(t.columns).not.toHaveProperty("pelaksanaan1");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("\"Target | Realisasi | %\" under each quarter: the percentage (achievement) is no target either", () => {
    const head = ["No|Sasaran|Indikator Kinerja|Target|Satuan|TW I|||TW II|||TW III|||TW IV", `|||||${"Target|Realisasi|%|".repeat(4).slice(0, -1)}`];
    const { t } = table(source("RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", head, [
      "1|Meningkatnya kualitas pelayanan publik|Indeks Kepuasan Masyarakat|85|Indeks|85|84,2|99,06|85|86,1|101,29|85|||85||",
    ], "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:H3 I3:K3 L3:N3 O3:Q3"));
    expect(t.columns).toMatchObject({ kinerja1: "F", kinerja2: "I", kinerja3: "L", kinerja4: "O" });
    expect(t.columns).not.toHaveProperty("pelaksanaan1");
  });
});

describe("quarters split into Fisik and Keuangan", () => {
  it("\"Triwulan I\" over \"Fisik (%) | Keuangan (Rp)\": the physical target is the quarter's, the money no Target Pelaksanaan", () => {
    const head = ["No|Program / Kegiatan / Sub Kegiatan|Indikator|Target|Satuan|Triwulan I||Triwulan II||Triwulan III||Triwulan IV", `|||||${"Fisik (%)|Keuangan (Rp)|".repeat(4).slice(0, -1)}`];
    const { t, findings } = table(source("RENCANA AKSI DINAS PEKERJAAN UMUM KABUPATEN CONTOH TAHUN 2026", head, [
      "1)|Rehabilitasi Jalan|Panjang jalan yang direhabilitasi|42,5|Km|0|0|30|2500000000|70|6000000000|100|8500000000",
    ], "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:G3 H3:I3 J3:K3 L3:M3"));
    expect(t.headerRows).toBe(2);
    expect(t.columns).toMatchObject({ kinerja1: "F", kinerja2: "H", kinerja3: "J", kinerja4: "L" });
    expect(t.columns).not.toHaveProperty("pelaksanaan1");
    expect(findings.filter((f) => f.rule.startsWith("percent.") && f.severity !== "info")).toEqual([]);
  });
});

describe("quarters split into Kinerja and Pelaksanaan", () => {
  it("\"TW I\" over \"Kinerja | Pelaksanaan\": each sub-column its group's quarter", () => {
    const head = ["No|Sasaran|Indikator|Target|TW I||TW II||TW III||TW IV", `||||${"Kinerja|Pelaksanaan|".repeat(4).slice(0, -1)}`];
    const { t } = table(source("RENCANA AKSI DINAS CONTOH TAHUN 2026", head, [
      "1|Meningkatnya akuntabilitas|Jumlah laporan kinerja|4 Laporan|1|25%|2|50%|3|75%|4|100%",
    ], "A3:A4 B3:B4 C3:C4 D3:D4 E3:F3 G3:H3 I3:J3 K3:L3"));
    expect(t.columns).toMatchObject({ kinerja1: "E", pelaksanaan1: "F", kinerja4: "K", pelaksanaan4: "L" });
  });
});

describe("month headings as offices write them", () => {
  it("\"Jan-26\" (a date shown mmm-yy) and \"Bulan Februari\" are months; \"T | R\" under each: the T is the month's target", () => {
    const { t } = table(source("RENCANA AKSI DAN REALISASI BULANAN DINAS CONTOH TAHUN 2026",
      ["No|Sasaran|Indikator|Satuan|Target|Jan-26||Bulan Februari||Maret 2026|", "|||||T|R|T|R|T|R"],
      ["1|Meningkatnya keselamatan transportasi|Jumlah kendaraan lulus uji|Kendaraan|6000|500|480|1000|990|1500|1495"],
      "A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:G3 H3:I3 J3:K3"));
    expect(t.columns).toMatchObject({ bulan1: "F", bulan2: "H", bulan3: "J" });
  });
});


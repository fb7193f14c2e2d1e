/** The style rule: slips a careful reviewer marks in a plan's texts, few and precise. */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { validate } from "../../../src/core/rules";
import { frontDecode, joinedWords, isPlanWord, slipOf } from "../../../src/core/rules/typos";
import { textIssues } from "../../../src/core/rules/textIssues";
import type { Finding } from "../../../src/core/finding";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, fixture, inCategory, where } from "./support";

const issues = (text: string) => textIssues(text, new Map());

describe("slipOf", () => {
  it("finds the slips of real plans: a letter doubled or slipped in, two letters swapped, one left out", () => {
    expect(slipOf("kepuasaan")).toBe("kepuasan");
    expect(slipOf("kespesertaan")).toBe("kepesertaan");
    expect(slipOf("persentaqse")).toBe("persentase");
    expect(slipOf("evaluais")).toBe("evaluasi");
    expect(slipOf("advokais")).toBe("advokasi");
    expect(slipOf("pelaksanaaan")).toBe("pelaksanaan");
    expect(slipOf("infomasi")).toBe("informasi");
    expect(slipOf("kanupaten")).toBe("kabupaten");
    expect(slipOf("dilaporakan")).toBe("dilaporkan"); // a letter slipped in before -kan: no -an / -kan pair
  });

  it("leaves plan words, real words one letter from them, and short words alone", () => {
    for (const w of [
      "kepuasan", "pelayanan", "evaluasi", "berkala", "pencairan", "pencarian", "pengajuan", "syarat", "laporkan",
      "penyusun", "menyusun", "pemantau", "memantau", "formal", "format", "barat", "berat", "atasi", "penyerapan",
      "konsultansi", "mellitus", "bidan", "data", "dana", "publik", "public", "terdiagnosis", "diberdayakan",
    ]) expect([w, slipOf(w)]).toEqual([w, null]);
  });
});

describe("vocabulary", () => {
  it("decodes front-coded lists", () => {
    expect(frontDecode("0administrasi 2vokasi 1kreditasi 0baduta")).toEqual(["administrasi", "advokasi", "akreditasi", "baduta"]);
  });

  it("knows the plan words and the real words one slip from them", () => {
    for (const w of ["persentase", "kepuasan", "kepesertaan", "pelayanan", "evaluasi", "berkala", "pencairan"]) expect([w, isPlanWord(w)]).toEqual([w, true]);
    expect(isPlanWord("kepuasaan")).toBe(false);
  });
});

describe("joinedWords", () => {
  it("splits two plan words run together", () => {
    expect(joinedWords("berkalaterhadap")).toEqual(["berkala", "terhadap"]);
    expect(joinedWords("danpenggandaan")).toEqual(["dan", "penggandaan"]);
  });

  it("leaves bound forms and single words alone", () => {
    for (const w of ["antarmoda", "multimoda", "tatalaksana", "pascapanen", "dilaksanakan", "kepegawaian", "persyaratan"])
      expect([w, joinedWords(w)]).toEqual([w, null]);
  });
});

describe("textIssues", () => {
  it("says nothing on clean texts, names and acronyms", () => {
    for (const t of [
      "Persentase capaian kinerja administrasi umum",
      "Melaksanakan Survei Kepuasan Masyarakat secara berkala",
      "Optimalisasi pelaporan kasus melalui sistem informasi (SITB, SIHA, SIHEPI, E-SISMAL)",
      "Input data pada aplikasi eKinerja, SiPD, e-SAKIP dan ePuskesmas",
      "Cakupan peserta JKN-KIS; Notifikasi kasus TBC; PWS KIA",
      "Penyusunan LKjIP dan penguatan nilai BerAKHLAK",
      "Pencatatan pada SatuSehat dan PeduliLindungi",
      "Monitoring jeda diagnosis–pengobatan",
      "Pemberian Tablet Tambah Darah (TTD) minimal 90 tablet.",
      "Kolaborasi lintas sektor dengan pemerintah desa",
      "Jum’at bersih dan Al-Qur’an",
      "1. Menyusun dokumen\n2. Melaksanakan rapat",
    ]) expect([t, issues(t)]).toEqual([t, null]);
  });

  it("finds words run together by case, not in names", () => {
    expect(issues("MelaksanakanSkrining Tumbuh Kembang")?.joined).toEqual(["MelaksanakanSkrining → Melaksanakan Skrining"]);
    expect(issues("Barang Cetak danPenggandaan")?.joined).toEqual(["danPenggandaan → dan Penggandaan"]);
  });

  it("finds double spaces inside a line, not at the ends or around a line break", () => {
    const i = issues("Proporsi fasilitas sediaan  farmasi, alat kesehatan dan  makanan");
    expect(i?.doubleSpaces).toBe(2);
    expect(i?.firstDoubleAfter).toBe("sediaan");
    expect(issues("  Persentase capaian kinerja  ")).toBeNull();
    expect(issues("Menyusun laporan  \n  Melaksanakan rapat")).toBeNull();
  });

  it("finds curly quotes and names the word before a double space without its quotes", () => {
    const i = issues("Proporsi fasyankes yang mencapai akreditasi “utama”  atau lebih tinggi");
    expect(i?.quotes).toBe(true);
    expect(i?.firstDoubleAfter).toBe("utama");
  });

  it("keeps the case of the word found", () => {
    expect(issues("Persentaqse kendaraan")?.typos).toEqual(["Persentaqse → Persentase"]);
    expect(issues("PERSENTAQSE KENDARAAN")?.typos).toEqual(["PERSENTAQSE → PERSENTASE"]);
  });
});

/** A PK-genre plan ("␠" is a space the source format would trim, "⏎" a line break). */
const PK = `#sheet Rencana Aksi
#merge A1:L1 A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:I3 J3:J4 K3:K4
RENCANA AKSI TAHUN 2026 DINAS CONTOH

No	Sasaran	Indikator Kinerja	Satuan	Target	Target Triwulan				Rencana Aksi	Penanggung Jawab
					I	II	III	IV
1	Meningkatnya kualitas layanan transportasi umum	Persentase angkutan umum laik jalan	%	80	20	40	60	80	Modernisasi armada dan kepastian jadwal	Kepala Seksi Angkutan Orang
2	Meningkatnya kualitas layanan transportasi umum	Indeks kepuasaan masyarakat	Nilai	85	85	85	85	85	Melaksanakan survei  secara berkala⏎Melakukan evaluais berkalaterhadap hasil survei	Kepala Bidang Angkutan dan Kepala Bidang Lalu Lintas
3	Meningkatnya Kualitas Layanan Transportasi Umum	Persentase angkutan umum yang tersertifikasi	%	60	15	30	45	60	modernisasi armada dan kepastian jadwal	Plh Kepala Dinas Perhubungan
4	Meningkatnya akuntabilitas kinerja	Nilai SAKIP	Nilai	75	10␠	40␠	60	75	Menyusun LKjIP	Sekretaris Dinas
`;

function pkFindings(source: string): Finding[] {
  const grids = gridsFromSource(source).map((g) => ({
    ...g,
    values: g.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/⏎/g, "\n").replace(/␠/g, " ") : v))),
    text: g.text.map((row) => row.map((v) => v.replace(/⏎/g, "\n").replace(/␠/g, " "))),
  }));
  const { plans } = analyzeGrids(grids);
  expect(plans).toHaveLength(1);
  return inCategory(validate(plans[0]), "spelling");
}

describe("style rule", () => {
  it("is silent on clean plans", () => {
    expect(inCategory(findingsOf(CLEAN), "spelling")).toEqual([]);
    expect(inCategory(findingsOf(CLEAN_UNITS), "spelling")).toEqual([]);
    expect(inCategory(findingsOf(fixture("rules-clean-text.tsv")), "spelling")).toEqual([]);
  });

  it("marks each slip of a PK plan once, at its cell", () => {
    const found = pkFindings(PK);
    expect(where(found)).toEqual([
      "spelling.typo@C6", // kepuasaan
      "spelling.typo@J6", // evaluais, berkalaterhadap, double space: one finding for the cell
      "spelling.twoResponsible@K6",
      "spelling.variant@B7", // the Sasaran of B5 with other capitals
      "spelling.variant@J7", // the Rencana Aksi of J5 starting lowercase
      "spelling.acting@K7",
      "spelling.numberSpace@F8:G8",
    ]);
    const bySeverity = Object.fromEntries(found.map((f) => [where([f])[0], f.severity]));
    expect(bySeverity["spelling.variant@B7"]).toBe("warning");
    expect(bySeverity["spelling.twoResponsible@K6"]).toBe("warning");
    expect(bySeverity["spelling.typo@C6"]).toBe("info");
    const cell = found[1];
    expect(cell.message.en).toContain("evaluais → evaluasi");
    expect(cell.message.en).toContain("berkalaterhadap → berkala terhadap");
    expect(cell.message.en).toContain("Double space inside the text, after “survei”");
    expect(cell.message.id).toContain("Kemungkinan salah ketik");
    expect(found[3].message.en).toContain("B5");
    expect(found[6].message.en).toContain("F8, G8");
    // The hint names this cell's own position, not another office's.
    expect(found[5].hint?.en).toContain("Name the position only, without Plh/Plt: “Kepala Dinas Perhubungan”");
    const camat = pkFindings(PK.replace("Plh Kepala Dinas Perhubungan", "Plt. Camat Sukamaju")).find((f) => f.rule === "spelling.acting");
    expect(camat?.hint?.en).toContain("“Camat Sukamaju”");
    expect(camat?.hint?.id).toContain("“Camat Sukamaju”");
  });

  it("counts positions a slash parts though no other word stands between them (\"Camat / Sekcam\"); one position with \"dan\" in its name is one", () => {
    const pj = (text: string) => where(pkFindings(PK.replace("Kepala Seksi Angkutan Orang", text))).filter((w) => w.endsWith("@K5"));
    expect(pj("Camat / Sekcam")).toEqual(["spelling.twoResponsible@K5"]);
    expect(pj("Kabid P2P, Kabid Kesmas")).toEqual(["spelling.twoResponsible@K5"]);
    expect(pj("Sekretaris Camat")).toEqual([]);
    expect(pj("Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan")).toEqual([]);
    expect(pj("Kepala Bidang Pencegahan dan Kesiapsiagaan")).toEqual([]);
    // The message says how many.
    const three = pkFindings(PK.replace("Kepala Seksi Angkutan Orang", "Camat / Sekcam / Kasi Pemerintahan")).find((f) => f.rule === "spelling.twoResponsible");
    expect(three?.message.en).toMatch(/^3 positions in one Penanggung Jawab cell/);
    expect(three?.message.id).toMatch(/^3 jabatan dalam satu sel Penanggung Jawab/);
  });

  it("says nothing of identical copies (the PK genre repeats its Sasaran on every row)", () => {
    const same = PK.replace("Meningkatnya Kualitas Layanan Transportasi Umum", "Meningkatnya kualitas layanan transportasi umum");
    expect(where(pkFindings(same))).not.toContain("spelling.variant@B7");
  });
});

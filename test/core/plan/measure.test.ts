import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { validateAnalysis } from "../../../src/core/rules";
import { indicatorKind, kindOf, lowerIsBetter, measureOf, namedAsPercentage, unitKind } from "../../../src/core/plan/measure";
import { parseTarget } from "../../../src/core/plan/target";

/** kind and source of a target under an indicator's name. */
const kind = (raw: string, satuan: string | undefined, name: string) => kindOf(parseTarget(raw, satuan), name);

describe("measure: a Satuan that abbreviates the indicator's name", () => {
  it("is no thing counted: the name says what it measures (\"NTP\" under \"Nilai Tukar Petani\" is a scale)", () => {
    expect(kind("105", "NTP", "Nilai Tukar Petani")).toEqual({ kind: "scale", source: "indicator" });
    expect(kind("85", "IKM", "Indeks Kepuasan Masyarakat")).toEqual({ kind: "scale", source: "indicator" });
    expect(kind("68,75", "IKLH", "Indeks Kualitas Lingkungan Hidup")).toEqual({ kind: "scale", source: "indicator" });
    // A unit word inside the name, or a name that says it counts, keeps the count.
    expect(kind("50", "UMKM", "Persentase UMKM yang naik kelas")).toEqual({ kind: "count", source: "satuan" });
    expect(kind("40", "IKM", "Jumlah IKM yang dibina")).toEqual({ kind: "count", source: "satuan" });
    expect(kind("12", "Dokumen", "Indeks Dokumen")).toEqual({ kind: "count", source: "satuan" });
  });
});

describe("measure: what a target measures", () => {
  it("reads the target cell first: a percent sign, a grade, a month", () => {
    expect(kind("85%", undefined, "Jumlah dokumen")).toEqual({ kind: "percent", source: "target" });
    expect(kind("BB", "Nilai", "Nilai SAKIP")).toEqual({ kind: "qualitative", source: "target" });
    expect(kind("Level 3", undefined, "Tingkat maturitas SPIP")).toEqual({ kind: "qualitative", source: "target" });
    expect(kind("80-90 (A)", undefined, "Indeks kepuasan")).toEqual({ kind: "qualitative", source: "target" });
    expect(kind("November", "Bulan", "Ketepatan penetapan Perda APBD")).toEqual({ kind: "month", source: "target" });
  });

  it("then the unit, from the Satuan column or the cell", () => {
    expect(kind("85", "%", "Indeks kepuasan masyarakat")).toEqual({ kind: "percent", source: "satuan" });
    expect(kind("87,75", "Persen", "Persentaqse kendaraan laik jalan")).toEqual({ kind: "percent", source: "satuan" });
    expect(kind("80,35", "Nilai Sakip", "Nilai SAKIP")).toEqual({ kind: "scale", source: "satuan" });
    expect(kind("0,46", "Nilai", "Rasio konektivitas")).toEqual({ kind: "scale", source: "satuan" });
    expect(kind("4", "Menit/Km", "Rata-rata waktu tempuh")).toEqual({ kind: "scale", source: "satuan" });
    expect(kind("61", "100.000/kh", "Angka Kematian Ibu")).toEqual({ kind: "scale", source: "satuan" });
    expect(kind("7", "Dokumen", "Jumlah dokumen perencanaan")).toEqual({ kind: "count", source: "satuan" });
    expect(kind("12 Bulan", undefined, "Persentase layanan")).toEqual({ kind: "count", source: "satuan" });
    expect(kind("100 Unit Usaha", undefined, "Persentase Koperasi yang diawasi")).toEqual({ kind: "count", source: "satuan" });
  });

  it("then the indicator's words, for a bare number", () => {
    expect(kind("85", undefined, "Persentase tindak lanjut hasil pemeriksaan")).toEqual({ kind: "percent", source: "indicator" });
    expect(kind("85", undefined, "Presentase tindak lanjut")).toMatchObject({ kind: "percent" });
    expect(kind("85", undefined, "Prosentase tindak lanjut")).toMatchObject({ kind: "percent" });
    expect(kind("85", undefined, "Proporsi fasyankes terakreditasi")).toMatchObject({ kind: "percent" });
    expect(kind("85", undefined, "% desa UCI")).toMatchObject({ kind: "percent" });
    expect(kind("85", undefined, "Cakupan imunisasi dasar lengkap")).toMatchObject({ kind: "percent" });
    expect(kind("85", undefined, "Indeks Kepuasan Masyarakat")).toEqual({ kind: "scale", source: "indicator" });
    expect(kind("3", undefined, "Level maturitas SPIP")).toMatchObject({ kind: "scale" });
    expect(kind("72", undefined, "Nilai SAKIP")).toMatchObject({ kind: "scale" });
    expect(kind("3,5", undefined, "Skor reformasi birokrasi")).toMatchObject({ kind: "scale" });
    // "Nilai" of an amount of money counts; "Nilai" of a score does not.
    expect(kind("1250", undefined, "Nilai omzet UMKM binaan (juta rupiah)")).toEqual({ kind: "count", source: "indicator" });
    expect(kind("80", undefined, "Nilai realisasi investasi")).toMatchObject({ kind: "count" });
    expect(kind("104", undefined, "Nilai Tukar Petani")).toMatchObject({ kind: "scale" });
    expect(kind("150", undefined, "Jumlah peserta pelatihan")).toEqual({ kind: "count", source: "indicator" });
    expect(kind("80", undefined, "Ketepatan waktu penyampaian laporan")).toEqual({ kind: "unknown", source: null });
    expect(kindOf(null, "")).toEqual({ kind: "unknown", source: null });
  });

  it("tells a percentage name strictly (the words a planner chooses for one), not a presentation", () => {
    for (const name of ["Persentase ASN", "Prosentase koperasi", "Presentase desa", "Persentaqse kendaraan", "Prsentase desa", "Persen capaian", "Prosen realisasi", "Proporsi balita", "% ibu hamil KEK", "Capaian kinerja (%)", "Realisasi anggaran dalam persen"])
      expect([name, namedAsPercentage(name)]).toEqual([name, true]);
    for (const name of ["Jumlah dokumen", "Presentasi hasil kajian", "Presensi pegawai tepat waktu", "Presensi kehadiran ASN", "Prosesi adat", "Cakupan imunisasi", "Indeks kepuasan", "Jumlah desa dengan cakupan 100 persenan"])
      expect([name, namedAsPercentage(name)]).toEqual([name, false]);
    expect(indicatorKind("Hasil Survei Kepuasan Masyarakat (SKM)")).toBe("scale");
    expect(indicatorKind("Terwujudnya kinerja")).toBeNull();
  });

  it("reads a percentage from the indicator's formula, a ratio times 100 (\"(Jumlah X / Jumlah Y) x 100\")", () => {
    expect(indicatorKind("Ketaatan pelaporan: (Jumlah laporan tepat waktu / Jumlah laporan) x 100")).toBe("percent");
    expect(indicatorKind("Kepatuhan = (jumlah temuan ditindaklanjuti / jumlah temuan) × 100%")).toBe("percent");
    expect(indicatorKind("Tingkat penyelesaian pengaduan = (Jumlah selesai / Jumlah masuk) x 100%")).toBe("percent");
    expect(indicatorKind("Jumlah peserta x 100 orang")).toBe("count");
  });

  it("reads units: percentages, scales and rates, counts", () => {
    expect(["%", "Persen", "persen", "Prosen", "Persentase", "Persen (%)"].map(unitKind)).toEqual(Array(6).fill("percent"));
    expect(["Nilai", "Indeks", "Level", "Skor", "Rasio", "Poin", "Predikat", "Menit/Km", "per 1.000 penduduk", "100.000/kh"].map(unitKind))
      .toEqual(Array(10).fill("scale"));
    expect(["Dokumen", "Orang", "Unit Usaha", "Bulan", "Paket", "M2"].map(unitKind)).toEqual(Array(6).fill("count"));
    expect(unitKind(null)).toBeNull();
    expect(unitKind("12")).toBeNull();
  });

  it("reads a slash between two things counted as alternatives, not a rate (the official satuan \"Desa/Kelurahan\", \"Unit/Paket\")", () => {
    expect(["Desa/Kelurahan", "Unit/Paket", "Laporan / Dokumen", "Kab/Kota", "Pokmas / Ormas", "Unit/Fasyankes"].map(unitKind))
      .toEqual(Array(6).fill("count"));
    // a quantity per time, per measure or per head stays a rate
    expect(["Ton/hari", "M³/Hari", "Liter/Detik", "kg/kap/tahun", "Orang/bulan", "Kasus/1.000 penduduk", "Menit / km", "Rp/kapita"].map(unitKind))
      .toEqual(Array(8).fill("scale"));
  });

  it("reads a count per month or day under a name that says it counts (\"Jumlah Orang ...\" in the official satuan \"Orang/bulan\") as a count", () => {
    expect(kind("62", "Orang/bulan", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN")).toEqual({ kind: "count", source: "indicator" });
    expect(kind("95", "Ton/hari", "Jumlah sampah yang tertangani")).toEqual({ kind: "count", source: "indicator" });
    // a name that does not say it counts keeps the rate: a scale
    expect(kind("95", "Ton/hari", "Kapasitas pengolahan sampah")).toEqual({ kind: "scale", source: "satuan" });
    expect(kind("4", "Menit/Km", "Rata-rata waktu tempuh")).toEqual({ kind: "scale", source: "satuan" });
    expect(kind("3", "Nilai", "Jumlah nilai")).toEqual({ kind: "scale", source: "satuan" });
  });

  it("gives no error for the salary row's 25 / 50 / 75 / 100 in plain numbers under \"Orang/bulan\", as under \"Dokumen\"", () => {
    const src = [
      "#sheet Lampiran",
      "RENCANA AKSI TAHUN 2025",
      "#at A3",
      "No\tUraian\tIndikator\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV",
      "1\tSasaran 1 Meningkatnya akuntabilitas kinerja\tNilai SAKIP\t70\tNilai\t-\t-\t-\t70",
      "1.1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase layanan penunjang\t100\t%\t25\t50\t75\t100",
      "1.1.1\tAdministrasi Keuangan Perangkat Daerah\tJumlah dokumen keuangan\t12\tDokumen\t25\t50\t75\t100",
      "1.1.1.1\tPenyediaan Gaji dan Tunjangan ASN\tJumlah Orang yang Menerima Gaji dan Tunjangan ASN\t62\tOrang/bulan\t25\t50\t75\t100",
      "1.1.1.2\tPenyediaan Administrasi Pelaksanaan Tugas ASN\tJumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN\t12\tDokumen\t25\t50\t75\t100",
    ].join("\n");
    const rules = validateAnalysis(analyzeGrids(gridsFromSource(src))).filter((f) => f.severity !== "info").map((f) => f.rule);
    expect(rules).toEqual([]);
  });

  it("reads quarters rising to a count in \"Desa/Kelurahan\" as cumulative, with no finding", () => {
    const src = [
      "#sheet Lampiran",
      "RENCANA AKSI TAHUN 2025",
      "#at A3",
      "No\tUraian\tIndikator\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV",
      "1\tSasaran 1 Meningkatnya kemandirian desa\tPersentase desa mandiri\t35\t%\t-\t-\t-\t35",
      "1.1\tProgram Penataan Desa\tJumlah desa yang difasilitasi penataan\t40\tDesa/Kelurahan\t25\t50\t75\t100",
      "1.1.1\tFasilitasi Penataan Desa\tJumlah desa yang difasilitasi\t40\tDesa/Kelurahan\t10\t20\t30\t40",
      "1.1.1.1\tFasilitasi Penataan Wilayah Desa\tJumlah laporan fasilitasi\t4\tLaporan/Dokumen\t1\t2\t3\t4",
    ].join("\n");
    const rules = validateAnalysis(analyzeGrids(gridsFromSource(src))).map((f) => f.rule);
    expect(rules).not.toContain("percent.noConvention");
    expect(rules).not.toContain("percent.rateCumulative");
  });

  it("says lower is better from the indicator's words", () => {
    for (const name of ["Angka Kematian Ibu", "Prevalensi stunting", "Rata-rata waktu tempuh", "Tingkat pengangguran terbuka", "Persentase penduduk miskin"])
      expect([name, lowerIsBetter(name)]).toEqual([name, true]);
    for (const name of ["Cakupan imunisasi", "Indeks kepuasan masyarakat", "Jumlah dokumen"]) expect([name, lowerIsBetter(name)]).toEqual([name, false]);
  });

  it("decides the direction in one place, the exceptions included: the subject of the measure first", () => {
    const lower = [
      "Jumlah kasus DBD", "Jumlah temuan BPK", "Persentase balita stunting", "Angka kematian bayi per 1.000 kelahiran hidup",
      "Rasio gini", "Indeks gini", "Waktu tunggu pelayanan perizinan", "Jumlah kejadian banjir", "Persentase ibu hamil kurang energi kronis",
      "Prevalensi balita gizi buruk", "Tingkat kemiskinan",
      // slums, food insecurity, unmet need for family planning: stocks to bring down
      "Luas kawasan kumuh", "Persentase desa rawan pangan", "Unmet need KB",
    ];
    const higher = [
      // an action on the harm as the subject: finding, resolving, screening, handling it
      "Persentase penyelesaian tindak lanjut temuan BPK", "Persentase tindak lanjut temuan hasil pemeriksaan", "Skrining anemia remaja putri",
      "Persentase penemuan kasus TBC", "Persentase penanganan kebakaran", "Persentase penurunan angka kematian ibu",
      // a coverage or an achievement, whatever it covers
      "Cakupan penemuan kasus TBC", "Cakupan notifikasi kasus TBC", "Capaian penurunan stunting",
      // what is counted is handled, served or free of the harm
      "Persentase kasus kekerasan terhadap perempuan yang ditangani", "Jumlah temuan yang ditindaklanjuti",
      "Persentase balita stunting yang mendapat intervensi", "Persentase desa bebas banjir",
      "Persentase penanganan kawasan kumuh", "Luas kawasan kumuh yang ditangani",
      // cases found, detected or treated: case finding, the more the better
      "Jumlah kasus TBC yang ditemukan", "Persentase kasus HIV yang terdeteksi", "Jumlah kasus malaria yang diobati",
      // "kasus", "temuan" and "banjir" name the harm only as the subject, not anywhere in the name
      "Persentase pengaduan kasus yang diselesaikan", "Jumlah laporan hasil pengawasan atas temuan",
      // not a harm at all; "KEK" is as often a Kawasan Ekonomi Khusus
      "Rata-rata lama sekolah", "Angka harapan hidup", "Jumlah investasi di KEK", "Presensi pegawai tepat waktu",
    ];
    for (const name of lower) expect([name, lowerIsBetter(name)]).toEqual([name, true]);
    for (const name of higher) expect([name, lowerIsBetter(name)]).toEqual([name, false]);
    expect(lowerIsBetter("")).toBe(false);
  });
});

describe("measureOf a plan's rows (a Perjanjian Kinerja table with a Satuan column)", () => {
  const source = [
    "#sheet Rencana Aksi",
    "RENCANA AKSI TAHUN 2026",
    "DINAS CONTOH KABUPATEN CONTOH",
    "#at A4",
    "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tPenanggung Jawab",
    "\t\t\t\t\t\tI\tII\tIII\tIV\t",
    "#merge A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:F5 G4:J4 K4:K5",
    "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\tBB\tMenyusun laporan kinerja\tBB\tBB\tBB\tBB\tSekretaris",
    "2\tMenurunnya angka kematian\tAngka Kematian Ibu\t100.000/kh\t61\tMelaksanakan skrining\t61\t61\t61\t61\tKepala Bidang",
    "3\tMeningkatnya kualitas layanan\tPersentase pengaduan yang ditindaklanjuti\t\t85\tMenindaklanjuti pengaduan\t20\t40\t60\t85\tKepala Bidang",
  ].join("\n");
  const [plan] = analyzeGrids(gridsFromSource(source)).plans;

  it("gives each indicator row its measure and direction", () => {
    const rows = plan.rows.filter((r) => r.indikator);
    expect(rows.map((r) => [r.indikator?.text, measureOf(r)])).toEqual([
      ["Nilai SAKIP", { kind: "qualitative", source: "target", lowerIsBetter: false }],
      ["Angka Kematian Ibu", { kind: "scale", source: "satuan", lowerIsBetter: true }],
      ["Persentase pengaduan yang ditindaklanjuti", { kind: "percent", source: "indicator", lowerIsBetter: false }],
    ]);
  });
});

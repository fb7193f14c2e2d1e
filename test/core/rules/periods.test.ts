import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { validateAnalysis } from "../../../src/core/rules";
import { rangeToA1 } from "../../../src/core/grid";
import { fits } from "../../../src/core/rules/periods";

const MONTHS = "Jan\tFeb\tMar\tApr\tMei\tJun\tJul\tAgu\tSep\tOkt\tNov\tDes";

/** A monthly plan (months F..Q, optionally TW I-IV in R..U) with the given rows: indicator, Satuan, Target, twelve months [, four quarters]. */
function monthly(rows: string[], quarters = false): string {
  return [
    "#sheet RA",
    "RENCANA AKSI DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2026",
    "",
    `No\tSasaran\tIndikator\tSatuan\tTarget\tTarget Bulanan${"\t".repeat(12)}${quarters ? "Target Triwulan" : ""}`,
    `\t\t\t\t\t${MONTHS}${quarters ? "\tI\tII\tIII\tIV" : ""}`,
    ...rows.map((r, i) => `${i + 1}\t${i === 0 ? "Meningkatnya derajat kesehatan masyarakat" : ""}\t${r}`),
    `#merge A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:Q3${quarters ? " R3:U3" : ""}`,
  ].join("\n");
}

function periodFindings(src: string) {
  return validateAnalysis(analyzeGrids(gridsFromSource(src)))
    .filter((f) => f.rule.startsWith("percent.period"))
    .map((f) => ({ at: rangeToA1(f.range), rule: f.rule, severity: f.severity, id: f.message.id, en: f.message.en }));
}

const row = (name: string, satuan: string, target: string, months: string, tw = "") => `${name}\t${satuan}\t${target}\t${months.split(" ").join("\t")}${tw ? `\t${tw.split(" ").join("\t")}` : ""}`;

describe("targets per month or semester: the readings", () => {
  it("fits what a quarter row fits, over any number of periods", () => {
    expect(fits([8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 95], [95])).toBe(true); // rising to the target
    expect(fits([8.33, 16.67, 25, 33.33, 41.67, 50, 58.33, 66.67, 75, 83.33, 91.67, 100], [3])).toBe(true); // progress to 100%
    expect(fits(Array(12).fill(8.33), [])).toBe(true); // parts of 100%, rounded
    expect(fits(Array(12).fill(1), [12])).toBe(true); // parts adding up to the target
    expect(fits(Array(12).fill(85), [85])).toBe(true); // the target held
    expect(fits([15.2, 14.5], [14.5])).toBe(true); // falling to a lower-is-better target where measured
    expect(fits([70, 80, 75, 70], [73.75])).toBe(true); // levels averaging the target
    expect(fits([60, 62, 64, 66, 68, 70, 72, 74, 73, 74, 75, 75], [75])).toBe(false); // falls in September
    expect(fits([150, 300], [310])).toBe(false);
  });
});

describe("targets per month or semester: the findings, warnings only", () => {
  it("a clean monthly plan of every convention gets no period finding", () => {
    expect(periodFindings(monthly([
      row("Angka Kematian Ibu", "per 100.000 KH", "85", "85 85 85 85 85 85 85 85 85 85 85 85"),
      row("Prevalensi balita stunting", "%", "14,5", "- 15,2 - - - - - 14,5 - - - -"),
      row("Persentase ibu hamil mendapat pelayanan K6", "%", "95", "8 16 24 32 40 48 56 64 72 80 88 95"),
      row("Jumlah puskesmas terakreditasi paripurna", "Puskesmas", "6", "- - - - - - 2 2 4 4 6 6"),
      row("Indeks Kepuasan Masyarakat", "Indeks", "82", "- - - - - 82 - - - - - 82"),
      row("Jumlah laporan kinerja bulanan", "Laporan", "12", "1 1 1 1 1 1 1 1 1 1 1 1"),
      row("Pelaksanaan survei mawas diri", "Kegiatan", "2", "- - √ - - - - - √ - - -"),
      row("Opini BPK atas laporan keuangan", "Predikat", "WTP", "- - - - WTP - - - - - - -"),
      row("Persentase kepuasan pasien", "%", "≥ 80%", "80% 80% 80% 80% 80% 80% 80% 80% 80% 80% 80% 80%"),
    ]))).toEqual([]);
  });

  it("a row falling after rising, ending under its target, or above 100%: one warning each, saying why", () => {
    const found = periodFindings(monthly([
      row("Persentase desa ODF", "%", "75", "60 62 64 66 68 70 72 74 73 74 75 75"),
      row("Cakupan imunisasi dasar lengkap", "%", "95", "8 15 23 30 38 45 53 60 68 75 83 90"),
      row("Persentase rekam medis lengkap", "%", "100", "100 100 100 100 100 100 110 100 100 100 100 100"),
    ]));
    expect(found.map((f) => [f.at, f.rule, f.severity])).toEqual([
      ["F5:Q5", "percent.periodNoReading", "warning"],
      ["F6:Q6", "percent.periodNoReading", "warning"],
      ["L7", "percent.periodNoReading", "warning"],
    ]);
    expect(found[0].id).toContain("turun di September (74 → 73) setelah naik");
    expect(found[0].en).toContain("fall in September (74 → 73) after rising");
    expect(found[1].id).toContain("hingga 95 di bulan terakhirnya (Desember: 90)");
    expect(found[1].en).toContain("(they sum to 588)");
    expect(found[2].en).toContain("the July target \"110\" is above 100%");
  });

  it("percentages of progress under a target in units are told against 100%, not against the target's quantity", () => {
    const found = periodFindings(monthly([row("Jumlah balita mendapat pelayanan sesuai standar", "Orang", "21000", "8% 17% 25% 33% 42% 50% 58% 67% 75% 83% 92% 95%")]));
    expect(found.map((f) => f.at)).toEqual(["F5:Q5"]);
    expect(found[0].en).toContain("rise nor fall to 100 by their last month (December: 95)");
  });

  it("a month that is not one number, and a row with no monthly target, are warnings", () => {
    const found = periodFindings(monthly([
      row("Jumlah kader posyandu terlatih", "Orang", "120", "10 10 10 1 0 10 10 10 10 10 10 10 10".replace("1 0", "1_0")),
      row("Jumlah posyandu aktif", "Posyandu", "250", "- - - - - - - - - - - -"),
    ]).replace("1_0", "1 0"));
    expect(found.map((f) => [f.at, f.rule, f.severity])).toEqual([
      ["I5", "percent.periodUnreadable", "warning"],
      ["F6:Q6", "percent.periodEmpty", "warning"],
    ]);
  });

  it("months beside a quarter group: agreeing as quarter-end values, sums or sums since January is silent; disagreeing, a warning", () => {
    const found = periodFindings(monthly([
      row("Bed Occupancy Rate", "%", "75", "70 70 72 72 74 75 75 75 75 75 75 75", "72 75 75 75"),
      row("Jumlah kunjungan rawat jalan", "Kunjungan", "96000", "8000 8000 8000 8000 8000 8000 8000 8000 8000 8000 8000 8000", "24000 48000 72000 96000"),
      row("Indeks Kepuasan Masyarakat", "Indeks", "80", "- - - - - 80 - - - - - 80", "- 80 - 80"),
      row("Jumlah pemeriksaan dokumen lingkungan", "Dokumen", "60", "5 5 5 5 5 5 5 5 5 5 5 5", "15 15 15 15"),
      row("Luas ruang terbuka hijau", "Ha", "45", "45 45 45 45 45 45 45 45 45 45 45 45", "40 45 45 45"),
      row("Jumlah laporan kinerja", "Laporan", "12", "8,33 16,67 25 33,33 41,67 50 58,33 66,67 75 83,33 91,67 100", "3 6 9 12"),
      row("Indeks Kepuasan Masyarakat", "Indeks", "80", "- - - - - 80 - - - - - 80", "80 80 80 80"),
    ], true));
    expect(found.map((f) => [f.at, f.rule, f.severity])).toEqual([["F9:U9", "percent.periodQuarters", "warning"]]);
    expect(found[0].en).toContain("disagree with Target Kinerja (performance) 40 / 45 / 45 / 45");
  });

  it("a sheet of some months only (January to June) is not read against the year's target", () => {
    const src = monthly([row("Jumlah kendaraan lulus uji KIR", "Kendaraan", "6000", "500 1000 1500 2000 2500 3000 - - - - - -")])
      .replace("Jul\tAgu\tSep\tOkt\tNov\tDes", "\t\t\t\t\t");
    expect(periodFindings(src)).toEqual([]);
  });

  it("a month table's finding on months never is an error", () => {
    const all = validateAnalysis(analyzeGrids(gridsFromSource(monthly([
      row("Persentase desa ODF", "%", "75", "60 62 64 66 68 70 72 74 73 74 75 75"),
      row("Jumlah kader", "Orang", "120", "x 10 10 10 10 10 10 10 10 10 10 10"),
    ]))));
    expect(all.filter((f) => f.severity === "error")).toEqual([]);
  });
});

import { findingsOf, where } from "./support";

/**
 * Two indicators stacked in one row, each cell holding one value per line (Alt+Enter): one error
 * for the row saying so, not an unreadable target plus four unreadable quarter cells.
 */
const header = [
  "#sheet Rencana Aksi",
  "RENCANA AKSI TAHUN 2026",
  "DINAS CONTOH KABUPATEN CONTOH",
  "#at A4",
  "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tPenanggung Jawab",
  "\t\t\t\t\t\tI\tII\tIII\tIV\t",
  "#merge A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:F5 G4:J4 K4:K5",
];
/** Rows of [indicator, satuan, target, TW I..IV]: rows 6, 7, ... */
const source = (...rows: string[][]) =>
  [...header, ...rows.map((r, i) => [String(i + 1), `Meningkatnya kinerja ${i + 1}`, r[0], r[1], r[2], `Aksi ${i + 1}`, ...r.slice(3), "Sekretaris"].join("\t"))].join("\n");
const CLEAN_ROW = ["Nilai SAKIP", "Nilai", "75", "75", "75", "75", "75"];
const TWO = "Persentase dokumen perencanaan tepat waktu\\nPersentase rekomendasi yang ditindaklanjuti";

describe("indicators stacked in one row (one value per line)", () => {
  it("give one error for the row, suggesting one row per indicator", () => {
    const found = findingsOf(source([TWO, "%", "100\\n75", "25\\n20", "50\\n40", "75\\n60", "100\\n75"], CLEAN_ROW));
    const serious = found.filter((f) => f.severity !== "info");
    expect(where(serious)).toEqual(["target.stacked@C6:J6"]);
    expect(serious[0].severity).toBe("error");
    expect(serious[0].message.en).toContain("2 values");
    expect(serious[0].message.en).toContain("\"100 / 75\"");
    expect(serious[0].hint?.en).toContain("one row per indicator");
    expect(serious[0].message.id).toContain("2 nilai");
  });

  it("give it too when only the target cell stacks its values, over the indicator and target cells", () => {
    const found = findingsOf(source([TWO, "Dokumen", "12 Dokumen\\n4 Laporan", "3", "6", "9", "12"], CLEAN_ROW));
    expect(where(found.filter((f) => f.rule.startsWith("target.")))).toEqual(["target.stacked@C6:E6"]);
  });

  it("give it once when only the quarter cells stack their values, none of them an unreadable-cell error", () => {
    const found = findingsOf(source(["Jumlah dokumen perencanaan", "Dokumen", "12", "3\\n1", "6\\n2", "9\\n3", "12\\n4"], CLEAN_ROW));
    expect(where(found.filter((f) => f.severity !== "info"))).toEqual(["target.stacked@G6:J6"]);
    expect(found[0].message.en).toContain("\"3 / 1\"");
  });

  it("are no wrapped target: a quantity and its unit on two lines read as one", () => {
    const found = findingsOf(source(["Jumlah dokumen perencanaan", "", "12\\nDokumen", "3", "6", "9", "12"], CLEAN_ROW));
    expect(where(found.filter((f) => f.severity !== "info"))).toEqual([]);
  });
});

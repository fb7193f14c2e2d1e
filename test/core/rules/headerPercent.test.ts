import { findingsOf, inCategory, where, withRule } from "./support";

/**
 * A quarter header that says "(%)" over rows written in the target's own unit (3 / 6 / 9 / 12 for
 * "12 Dokumen"): the plan contradicts its header, not its target. One warning per quarter group
 * names the header against the values; a row whose own target is a percentage keeps its error.
 */
const header = [
  "#sheet Rencana Aksi",
  "RENCANA AKSI TAHUN 2026",
  "DINAS CONTOH KABUPATEN CONTOH",
  "#at A4",
  "No\tSasaran\tIndikator Kinerja\tTarget\tRencana Aksi\tTarget Kinerja (%)\t\t\t\tPenanggung Jawab",
  "\t\t\t\t\tTW I\tTW II\tTW III\tTW IV\t",
  "#merge A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:I4 J4:J5",
];
/** Rows of [indicator, target, TW I..IV]: rows 6, 7, ... */
const source = (...rows: string[][]) =>
  [...header, ...rows.map((r, i) => [String(i + 1), `Meningkatnya kinerja ${i + 1}`, r[0], r[1], `Aksi ${i + 1}`, ...r.slice(2), "Sekretaris"].join("\t"))].join("\n");
const percentOf = (...rows: string[][]) => inCategory(findingsOf(source(...rows)), "percent");

const PERCENT_ROW = ["Persentase layanan tepat waktu", "100%", "25", "50", "75", "100"];

describe("a (%) quarter header over rows in the target's unit", () => {
  it("is one warning naming the header's percent against the row's unit, not a percent-sum error", () => {
    const found = percentOf(["Jumlah dokumen perencanaan", "12 Dokumen", "3", "6", "9", "12"], PERCENT_ROW);
    expect(where(found)).toEqual(["percent.headerUnits@F6:I6"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toContain("says percent (%)");
    expect(found[0].message.en).toContain("3 / 6 / 9 / 12");
    expect(found[0].message.en).toContain("\"12 Dokumen\"");
    expect(found[0].message.en).not.toContain("sums to");
    expect(found[0].message.id).toContain("persen (%)");
  });

  it("is one warning for the group however many rows are in units, over the first to the last", () => {
    const found = percentOf(
      ["Jumlah dokumen perencanaan", "12 Dokumen", "3", "6", "9", "12"],
      PERCENT_ROW,
      ["Jumlah laporan keuangan", "4 Laporan", "1", "1", "1", "1"],
      ["Jumlah usaha mikro yang dibina", "1.250 Unit Usaha", "250", "350", "350", "300"],
    );
    expect(where(found.filter((f) => f.severity !== "info"))).toEqual(["percent.headerUnits@F6:I9"]);
    expect(found[0].message.en).toContain("3 rows write their quarterly targets");
    // 250 under a (%) header is no "percentage above 100%": the row is in units.
    expect(withRule(found, "percent.range")).toEqual([]);
  });

  it("keeps the percent error of a row whose own target is a percentage", () => {
    const found = percentOf(["Persentase temuan ditindaklanjuti", "100%", "10", "20", "30", "30"]);
    expect(where(found)).toEqual(["percent.noConvention@F6:I6"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toContain("sums to 90%");
  });

  it("leaves a row that fits neither reading to the header's percent: an error, no header warning", () => {
    const found = percentOf(["Jumlah dokumen perencanaan", "12 Dokumen", "25", "50", "75", "10"], PERCENT_ROW);
    expect(where(found)).toEqual(["percent.noConvention@F6:I6"]);
    expect(found[0].message.en).toContain("sums to 160% and quarter IV is 10%");
  });

  it("gives no error or warning on percentages of progress of a units target or a level held every quarter", () => {
    const found = percentOf(
      ["Jumlah dokumen perencanaan", "12 Dokumen", "25", "50", "75", "100"],
      ["Nilai SAKIP", "75 Nilai", "75", "75", "75", "75"],
      PERCENT_ROW,
    );
    expect(where(found.filter((f) => f.severity !== "info"))).toEqual([]);
  });
});

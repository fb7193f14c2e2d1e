import { CLEAN_CUMULATIVE, CLEAN_UNITS, findingsOf, fixture, inject, where, withRule } from "./support";

const LAPORAN = "Jumlah laporan evaluasi kinerja\t4\tLaporan\t1\t1\t1\t1";

describe("plain numbers read as percentages in some rows of things counted and in units in others", () => {
  it("gets one info per quarter group, at the rows of the less common way, with an example of each", () => {
    // 40 / 30 / 20 / 10 under "40 Laporan" adds up to 100, not 40: percentages per quarter, with no "%".
    const src = inject(CLEAN_UNITS, LAPORAN, "Jumlah laporan evaluasi kinerja\t40\tLaporan\t40\t30\t20\t10");
    const found = withRule(findingsOf(src), "percent.mixedReadings");
    expect(where(found)).toEqual(["percent.mixedReadings@G11:J11"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message.en).toContain("1 row of things counted as percentages of progress (e.g. 40 / 30 / 20 / 10 for the target \"40 Laporan\"");
    expect(found[0].message.en).toContain("in the target's units (e.g. 2 / 1 / 1 / 2 for the target \"6 Dokumen\")");
    expect(found[0].message.id).toContain("sebagai persen kemajuan");
  });

  it("says nothing of rows that write '%', of targets of 100, or of one way only", () => {
    for (const quarters of ["40%\t30%\t20%\t10%", "10\t10\t10\t10"]) {
      const src = inject(CLEAN_UNITS, LAPORAN, `Jumlah laporan evaluasi kinerja\t40\tLaporan\t${quarters}`);
      expect(withRule(findingsOf(src), "percent.mixedReadings")).toEqual([]);
    }
    const hundred = inject(CLEAN_UNITS, LAPORAN, "Jumlah laporan evaluasi kinerja\t100\tLaporan\t40\t30\t20\t10");
    expect(withRule(findingsOf(hundred), "percent.mixedReadings")).toEqual([]);
  });

  it("says nothing of a table mixing cumulative, per-quarter, level and year-end rows: each indicator's own counting type", () => {
    const level = inject(CLEAN_UNITS, "72\tNilai\t0\t0\t0\t72", "72\tNilai\t72\t72\t72\t72");
    const cumulative = inject(level, "Jumlah ASN yang dibayarkan gaji dan tunjangan\t48\tOrang\t12\t12\t12\t12", "Jumlah ASN yang dibayarkan gaji dan tunjangan\t48\tOrang\t12\t24\t36\t48");
    for (const src of [CLEAN_CUMULATIVE, CLEAN_UNITS, fixture("rules-clean-text.tsv"), level, cumulative]) {
      expect(withRule(findingsOf(src), "percent.mixedReadings")).toEqual([]);
    }
  });
});

describe("rows of things counted holding the annual count every quarter beside rows adding up to theirs", () => {
  it("gets one info at the held rows: that many a quarter, all by TW I, or a standing number?", () => {
    const src = inject(CLEAN_UNITS, LAPORAN, "Jumlah laporan evaluasi kinerja\t4\tLaporan\t4\t4\t4\t4");
    const found = withRule(findingsOf(src), "percent.mixedReadings");
    expect(where(found)).toEqual(["percent.mixedReadings@G11:J11"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message.en).toContain("1 row of things counted writes the annual target in every quarter (e.g. 4 ×4 for the target \"4 Laporan\")");
  });

  it("says nothing of a held average or of percentages held every quarter", () => {
    const average = inject(CLEAN_UNITS, LAPORAN, "Rata-rata waktu penyusunan laporan\t4\tHari\t4\t4\t4\t4");
    const percent = inject(CLEAN_UNITS, LAPORAN, "Jumlah laporan evaluasi kinerja\t4\tLaporan\t25%\t25%\t25%\t25%");
    for (const src of [average, percent]) expect(withRule(findingsOf(src), "percent.mixedReadings")).toEqual([]);
  });
});

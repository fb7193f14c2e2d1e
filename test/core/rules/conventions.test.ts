import { CLEAN_UNITS, findingsOf, inCategory, inject, where, withRule } from "./support";

/**
 * Each row is read by the reading that fits it (quarters/readings.ts): CLEAN_UNITS is a per-quarter
 * table with a Satuan column; each case rewrites one row and shows the rule firing, then silent
 * on a clean form of the same row. A table that mixes readings gets one info (mixedReadings),
 * left out here where it is beside the point.
 */
const percentOf = (source: string) => inCategory(findingsOf(source), "percent").filter((f) => f.rule !== "percent.mixedReadings");
const SAKIP = "Nilai SAKIP perangkat daerah\t72\tNilai\t0\t0\t0\t72";
const sakip = (quarters: string, target = "72\tNilai") => inject(CLEAN_UNITS, SAKIP, `Nilai SAKIP perangkat daerah\t${target}\t${quarters}`);
const LAPORAN = "4\tLaporan\t1\t1\t1\t1";
const laporan = (quarters: string) => inject(CLEAN_UNITS, LAPORAN, `4\tLaporan\t${quarters}`);

describe("each row's own reading", () => {
  it("reads the same value every quarter, equal to the target, as a level", () => {
    expect(where(percentOf(sakip("72\t72\t72\t72")))).toEqual([]);
    expect(where(percentOf(laporan("4\t4\t4\t4")))).toEqual([]);
  });

  it("reads only TW IV filled as measured at year end", () => {
    expect(where(percentOf(sakip("-\t-\t-\t72")))).toEqual([]);
    expect(where(percentOf(sakip("0\t0\t0\t72")))).toEqual([]);
  });

  it("reads a level measured only in some quarters, the target in each and in TW IV (an index surveyed each semester), as that level; a count so written gets a warning asking whether it is held or parts", () => {
    expect(where(percentOf(sakip("-\t72\t-\t72")))).toEqual([]);
    expect(where(percentOf(sakip("0\t72\t0\t72")))).toEqual([]);
    expect(where(percentOf(sakip("72\t-\t72\t72")))).toEqual([]);
    // Another value than the target, or TW IV empty, is still no reading.
    expect(where(percentOf(sakip("-\t70\t-\t72")))).toEqual(["percent.noConvention@G7:J7"]);
    expect(where(percentOf(sakip("-\t72\t72\t-")))).toEqual(["percent.noConvention@G7:J7"]);
    // 4 Laporan in TW II and TW IV: parts adding up to 8, or a level of a count (as "4 / 4 / 4 / 4" reads)? A person
    // should say: a warning asking which, not an error ("- / 42 OPD / - / 42 OPD" is every OPD reconciling each semester).
    expect(where(percentOf(laporan("-\t4\t-\t4")))).toEqual(["percent.heldCount@G11:J11"]);
    expect(percentOf(laporan("-\t4\t-\t4"))[0].severity).toBe("warning");
  });

  it("reads 0 every quarter under a target of 0 (\"0 Temuan\": nothing to happen, all year) as that level, not as no quarterly targets", () => {
    const zero = (quarters: string) => inject(CLEAN_UNITS, LAPORAN, `0\tTemuan\t${quarters}`);
    expect(where(percentOf(zero("0\t0\t0\t0")))).toEqual([]);
    // Empty or dashed quarters still plan nothing, whatever the target.
    expect(where(percentOf(zero("-\t-\t-\t-")))).toEqual(["percent.noQuarters@G11:J11"]);
    expect(where(percentOf(laporan("0\t0\t0\t0")))).toEqual(["percent.noQuarters@G11:J11"]);
  });

  it("but a level or a year-end value that is not the target fits nothing", () => {
    expect(where(percentOf(laporan("3\t3\t3\t3")))).toEqual(["percent.noConvention@G11:J11"]);
    expect(where(percentOf(sakip("0\t0\t0\t70")))).toEqual(["percent.noConvention@G7:J7"]);
  });

  it("reads quarter names and ticks where the action happens as a schedule", () => {
    expect(where(percentOf(laporan("Triwulan I\tTriwulan II\tTriwulan III\tTriwulan IV")))).toEqual([]);
    expect(where(percentOf(laporan("TW I\t-\tTW III\t")))).toEqual([]);
    expect(where(percentOf(laporan("v\t\t√\t-")))).toEqual([]);
  });

  it("reports a quarter name in another quarter's column", () => {
    const found = percentOf(laporan("Triwulan II\tTriwulan I\t\t"));
    expect(where(found)).toEqual(["percent.noConvention@G11:J11"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toContain("a quarter's name stands in another quarter's column");
  });

  it("reports quarter names mixed with numbers", () => {
    const found = percentOf(laporan("Triwulan I\t1\t1\t1"));
    expect(where(found)).toEqual(["percent.noConvention@G11:J11"]);
    expect(found[0].message.en).toContain("mixed with numbers");
  });

  it("reads a predicate written every quarter, or only in TW IV, as the target writes it", () => {
    expect(where(percentOf(sakip("BB\tBB\tBB\tBB", "BB\tPredikat")))).toEqual([]);
    expect(where(percentOf(sakip("-\t-\t-\tbb", "BB\tPredikat")))).toEqual([]);
  });

  it("reports numbers under a predicate target (BB with 10/40/60/80), naming the predicate", () => {
    const found = percentOf(sakip("10\t40\t60\t80", "BB\tPredikat"));
    expect(where(found)).toEqual(["percent.noConvention@G7:J7"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toContain("numbers under the predicate target \"BB\"");
    expect(found[0].message.id).toContain("angka di bawah target predikat \"BB\"");
  });

  it("reads a level target by its number: held every quarter fits, rising past it does not", () => {
    expect(where(percentOf(sakip("Level 3\tLevel 3\tLevel 3\tLevel 3", "Level 3\tLevel")))).toEqual([]);
    expect(where(percentOf(sakip("3\t3\t3\t3", "Level 3\tLevel")))).toEqual([]);
    const found = percentOf(sakip("1\t2\t3\t4", "Level 3\tLevel"));
    expect(where(found)).toEqual(["percent.noConvention@G7:J7"]);
    expect(found[0].message.en).toContain("the target \"Level 3\" is a level, not a quantity");
  });

  it("reads a target in words under a scale's Satuan as a predicate", () => {
    const found = percentOf(sakip("25\t50\t75\t100", "Sangat Inovatif\tPredikat"));
    expect(where(found)).toEqual(["percent.noConvention@G7:J7"]);
    expect(found[0].message.en).toContain("numbers under the predicate target \"Sangat Inovatif\"");
  });

  it("reports a predicate that differs from the target, and words under a quantity", () => {
    expect(percentOf(sakip("A\tA\tA\tA", "BB\tPredikat"))[0].message.en).toContain("differs from the target \"BB\"");
    // No target: the message names none (no "differs from the target \"-\"").
    for (const target of ["-\tPredikat", "-\t"]) {
      const noTarget = percentOf(sakip("A\tB\tBB\tA", target));
      expect([target, where(noTarget)]).toEqual([target, ["percent.noConvention@G7:J7"]]);
      expect(noTarget[0].message.en).toContain("the text changes between quarters, and the row has no target");
      expect(noTarget[0].message.en).not.toContain("\"-\"");
    }
    const words = percentOf(laporan("Ada\tAda\tAda\tAda"));
    expect(where(words)).toEqual(["percent.noConvention@G11:J11"]); // one finding for the row, not four unreadable cells
    expect(words[0].message.en).toContain("holds words where the target \"4 Laporan\" expects numbers");
  });

  it("does not read 25/50/75/100 in plain numbers as progress under a score (Nilai 72)", () => {
    const found = percentOf(sakip("25\t50\t75\t100"));
    expect(where(found)).toEqual(["percent.noConvention@G7:J7"]);
    expect(found[0].message.en).toContain("is a score on its own scale: quarter IV 100 is above 72");
  });

  it("says a score read only as percentages of progress is not one, and 'above' only when it is above", () => {
    for (const q of ["25\t25\t25\t25", "10\t20\t30\t40"]) {
      const found = percentOf(sakip(q));
      expect([q, where(found)]).toEqual([q, ["percent.noConvention@G7:J7"]]);
      expect(found[0].message.en).toContain("reads only as percentages of progress");
      expect(found[0].message.en).toContain("the target \"72 Nilai\" is a score on its own scale, not a percentage");
      expect(found[0].message.en).not.toContain("is above");
      expect(found[0].message.id).toContain("bukan persen");
    }
  });

  it("but reads them as progress when the cells say percent, and under a count", () => {
    expect(where(percentOf(sakip("25%\t50%\t75%\t100%")))).toEqual([]);
    expect(where(percentOf(laporan("25\t50\t75\t100")))).toEqual([]);
  });

  it("reports a month name in a quarter cell as an error of its own", () => {
    const found = percentOf(laporan("0\t0\t0\tNovember"));
    expect(where(found)).toEqual(["percent.month@G11:J11"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toContain("\"November\" is a month name, not a quarterly target");
  });

  it("says a month under a month as the target once, by the target rule, not again in the quarters", () => {
    const found = findingsOf(inject(CLEAN_UNITS, LAPORAN, "Desember 2026\tBulan\t-\t-\t-\tDesember"));
    expect(found.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["target.month"]);
  });

  it("reads a lower-is-better indicator falling to its target", () => {
    const src = (q: string) => inject(CLEAN_UNITS, "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30", `Angka kematian ibu\t61\tper 100.000 KH\t${q}`);
    expect(where(percentOf(src("70\t67\t64\t61")))).toEqual([]);
    // A coverage of case finding is higher-is-better: falling 90 -> 60 fits no reading, whatever "penemuan kasus" says.
    const tbc = (name: string) => inject(CLEAN_UNITS, "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30", `${name}\t60\tPersen\t90\t80\t70\t60`);
    expect(where(percentOf(tbc("Cakupan penemuan kasus TBC")))).toEqual(["percent.noConvention@G15:J15"]);
    expect(where(percentOf(tbc("Prevalensi kasus TBC")))).toEqual([]);
    expect(where(percentOf(inject(CLEAN_UNITS, "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30", "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t150\t140\t130\t120"))))
      .toEqual(["percent.noConvention@G15:J15"]);
  });

  it("reads a level or a percentage whose words say nothing of its direction falling to its target as lower-is-better, with a warning asking which way is better; words that say higher, and counts, still fit nothing", () => {
    const other = "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30";
    const src = (name: string, target: string, q: string) => percentOf(inject(CLEAN_UNITS, other, `${name}\t${target}\t${q}`));
    // Words that say lower is better: nothing to say.
    expect(where(src("Persentase luas kawasan kumuh", "1,25\t%", "1,5\t1,4\t1,3\t1,25"))).toEqual([]);
    expect(where(src("Unmet need", "9,5\t%", "10,5\t10\t9,8\t9,5"))).toEqual([]);
    // Words that say nothing: the row reads, and a person is asked (not an error, not silence).
    expect(where(src("Timbulan sampah ke TPA", "120\tTon/hari", "130\t127\t124\t120"))).toEqual(["percent.fallsUnsaid@G15:J15"]);
    const paper = src("Persentase realisasi anggaran", "70\t%", "100\t90\t80\t70");
    expect(where(paper)).toEqual(["percent.fallsUnsaid@G15:J15"]);
    expect(paper[0].severity).toBe("warning");
    expect(paper[0].message.en).toContain("Persentase realisasi anggaran");
    // Higher-is-better words: a fall contradicts them.
    expect(where(src("Persentase pengaduan yang ditangani", "90\t%", "98\t95\t92\t90"))).toEqual(["percent.noConvention@G15:J15"]);
    // Not ending at the target: still nothing.
    expect(where(src("Persentase luas kawasan kumuh", "1,25\t%", "1,5\t1,4\t1,3\t1,3"))).toEqual(["percent.noConvention@G15:J15"]);
  });

  it("reads a ratio written with a colon (\"1:20\") as the target writes it: held every quarter, or only in TW IV, is no unreadable cell", () => {
    const other = "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30";
    const all = (q: string) => inCategory(findingsOf(inject(CLEAN_UNITS, other, `Rasio guru terhadap murid SD\t1:20\tRasio\t${q}`)), "percent")
      .filter((f) => f.rule !== "percent.mixedReadings");
    expect(where(all("1:20\t1:20\t1:20\t1:20"))).toEqual([]);
    expect(where(all("-\t-\t-\t1 : 20"))).toEqual([]);
    // Another ratio than the target's, or numbers under it, still fit nothing.
    expect(where(all("1:25\t1:25\t1:25\t1:25"))).toEqual(["percent.noConvention@G15:J15"]);
  });

  it("reads a predicate written in the quarters it is measured, TW IV among them (\"- / WTP / - / WTP\"), as that level; only before TW IV, a warning that says so", () => {
    const other = "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30";
    const all = (q: string) => inCategory(findingsOf(inject(CLEAN_UNITS, other, `Opini BPK atas LKPD\tWTP\tOpini\t${q}`)), "percent")
      .filter((f) => f.rule !== "percent.mixedReadings");
    expect(where(all("-\tWTP\t-\tWTP"))).toEqual([]);
    expect(where(all("WTP\t-\t-\tOpini WTP"))).toEqual([]);
    const found = all("-\tWTP\t-\t-");
    expect(where(found)).toEqual(["percent.notYearEnd@G15:J15"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toContain("the target \"WTP\" is written in quarter II but not in quarter IV");
    expect(found[0].message.id).toContain("target \"WTP\" ditulis di triwulan II, tetapi tidak di triwulan IV");
    // Another word, or a number beside the word, is still no reading.
    expect(where(all("-\tWDP\t-\t-"))).toEqual(["percent.noConvention@G15:J15"]);
    expect(where(all("50\tWTP\t-\t-"))).toEqual(["percent.noConvention@G15:J15"]);
  });

  it("leaves the quarters of an indicator with no target to the missing target's error, not a second error quoting them as percentages", () => {
    const found = findingsOf(laporan("1\t1\t1\t1").replace("4\tLaporan\t1\t1\t1\t1", "-\tLaporan\t1\t1\t1\t1"));
    expect(found.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["hierarchy.indicatorNoTarget"]);
    // Percentages of progress that fit nothing still say so ("(%)" in the cells).
    const pct = findingsOf(laporan("1\t1\t1\t1").replace("4\tLaporan\t1\t1\t1\t1", "-\tLaporan\t10%\t20%\t30%\t20%"));
    expect(pct.filter((f) => f.severity === "error").map((f) => f.rule).sort()).toEqual(["hierarchy.indicatorNoTarget", "percent.noConvention"]);
  });

  it("leaves the quarters of a target written as its unit only (an empty Target beside Satuan \"%\") to target.noQuantity, not 'expected to add up to 0'", () => {
    const found = findingsOf(laporan("1\t1\t1\t1").replace("4\tLaporan\t1\t1\t1\t1", "\t%\t0\t0\t40\t75"));
    expect(found.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["target.noQuantity"]);
  });

  it("reads a cell with a unit word by its number, with no unreadable cell", () => {
    const found = percentOf(laporan("1 laporan\t1 laporan\t1 laporan\t1 laporan"));
    expect(where(found)).toEqual(["percent.unitWord@G11:J11"]);
    expect(withRule(found, "percent.unreadable")).toEqual([]);
  });
});

describe("the message of a row fitting no reading under a percentage target other than 100", () => {
  it("names the target's own percentage as what the quarters may rise or add up to, beside 100% of progress", () => {
    const src = [
      "#sheet RA", "RENCANA AKSI DINAS CONTOH TAHUN 2026", "",
      "No\tSasaran\tIndikator\tTarget\tTW I\tTW II\tTW III\tTW IV",
      "1\tMeningkatnya pengelolaan aset\tPersentase aset tanah bersertifikat\t80 %\t20%\t20%\t20%\t20%",
      "2\t\tPersentase temuan yang ditindaklanjuti\t80 %\t20%\t40%\t60%\t75%",
    ].join("\n");
    const found = percentOf(src);
    expect(where(found)).toEqual(["percent.noConvention@E5:H5"]);
    expect(found[0].message.en).toContain("for the target \"80 %\" expected the four to rise to 80% by quarter IV (cumulative), to add up to 80% (per quarter)");
  });
});

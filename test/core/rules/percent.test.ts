import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, fixture, inCategory, inject, where, withRule } from "./support";

const CLEAN_TEXT = fixture("rules-clean-text.tsv");
const percentOf = (source: string) => inCategory(findingsOf(source), "percent");

describe("percent rules", () => {
  it("are silent on clean plans of every convention", () => {
    expect(where(percentOf(CLEAN))).toEqual([]);
    expect(where(percentOf(CLEAN_UNITS))).toEqual([]);
    expect(where(percentOf(CLEAN_TEXT))).toEqual([]);
  });

  describe("cells", () => {
    it("report text that is not one number, quoting it, at its cell", () => {
      const src = inject(CLEAN_TEXT, "10%\t20%\t30%\t40%", "10%\t2 1,25 5 %\t30%\t40%");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.unreadable@F13"]);
      expect(found[0].severity).toBe("error");
      expect(found[0].message.id).toBe("Target Kinerja triwulan II: \"2 1,25 5 %\" tidak dapat dibaca sebagai satu angka.");
      expect(found[0].hint?.id).toContain("21,25%");
    });

    it("report unreadable unit counts with a hint in units", () => {
      const src = inject(CLEAN_UNITS, "48\tOrang\t12\t12\t12\t12", "48\tOrang\t12\t1 2\t12\t12");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.unreadable@H13"]);
      expect(found[0].hint?.en).toContain("one number");
    });

    it("check Kegiatan header rows that have quarter cells but no indicator", () => {
      const src = inject(CLEAN_TEXT, "Jumlah kegiatan pemerintahan umum yang difasilitasi\t6 Kegiatan\t10%\t20%",
        "\t\t10%\t21,2 5%");
      expect(where(percentOf(src))).toEqual(["percent.unreadable@F13"]);
    });

    it("report a percentage above 100%, and nothing about the row's sum", () => {
      const src = inject(CLEAN, "0.34\t0.67\t1\t1", "0.34\t0.67\t1.2\t1");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.range@J9"]);
      expect(found[0].message.en).toContain("120%, outside 0-100%");
    });

    it("report a negative value", () => {
      const src = inject(CLEAN_UNITS, "2\tDokumen\t1\t0\t0\t1", "2\tDokumen\t1\t-1\t0\t1");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.range@H10"]);
      expect(found[0].message.en).toContain("negative");
    });

    it("warn when a row mixes cells with and without %, reading the bare number as percent", () => {
      const src = inject(CLEAN_TEXT, "10%\t20%\t30%\t40%", "10%\t20\t30%\t40%");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.mixedUnits@F13"]);
      expect(found[0].severity).toBe("warning");
      expect(found[0].message.en).toContain("\"20\"");
    });
  });

  describe("conventions", () => {
    it("report a row that fits none (21,25% x4 sums to 85%), over its four cells", () => {
      const src = inject(CLEAN_TEXT, "10%\t20%\t30%\t40%", "21,25%\t21,25%\t21,25%\t21,25%");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.noConvention@E13:H13"]);
      expect(found[0].severity).toBe("error");
      expect(found[0].message.id).toContain("21,25% ×4: jumlahnya 85%");
      expect(found[0].message.en).toContain("sums to 85%");
      expect(found[0].hint?.en).toContain("Each indicator has its own way");
    });

    it("say what a row with dashes sums to (0,5% 11,2% 4,8% - sums to 16,5%)", () => {
      const src = inject(CLEAN_TEXT, "10%\t20%\t30%\t40%", "0,5%\t11,2%\t4,8%\t-");
      const [f] = percentOf(src);
      expect(f.message.id).toContain("0,5% / 11,2% / 4,8% / -: jumlahnya 16,5% dan triwulan IV 0%");
      expect(f.message.en).toContain("sums to 16.5% and quarter IV is 0%");
    });

    it("report units rows against the target's quantity", () => {
      const src = inject(CLEAN_UNITS, "48\tOrang\t12\t12\t12\t12", "48\tOrang\t12\t12\t12\t10");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.noConvention@G13:J13"]);
      expect(found[0].message.en).toContain("sums to 46 and quarter IV is 10; for the target \"48 Orang\" expected the four to add up to 48");
      expect(found[0].message.en).toContain("48 in every quarter (a level)");
    });

    it("follow the header's (%) for plain numbers: units under a percent header contradict the header, not the target", () => {
      const src = inject(CLEAN_TEXT, "33,33\t33,33\t33,34\t-", "3\t3\t3\t3");
      expect(where(percentOf(src))).toEqual(["percent.headerUnits@I10:L10"]);
    });

    it("check Target Kinerja and Target Pelaksanaan alike", () => {
      const src = inject(CLEAN, "0.3\t0.7\t1\t1", "0.3\t0.7\t0.9\t0.8");
      expect(where(percentOf(src))).toEqual(["percent.noConvention@L9:O9"]);
    });

    it("read a row by its own convention: nothing said of a per-quarter row in a cumulative table", () => {
      const src = inject(CLEAN, "0.2\t0.5\t0.8\t1\t0.2", "0.2\t0.3\t0.3\t0.2\t0.2");
      expect(where(percentOf(src))).toEqual([]);
    });

    it("warn (not error) about an indicator row with no quarterly targets", () => {
      const src = inject(CLEAN_UNITS, "4\tLaporan\t1\t1\t1\t1", "4\tLaporan\t-\t-\t-\t-");
      const found = percentOf(src);
      expect(where(found)).toEqual(["percent.noQuarters@G11:J11"]);
      expect(found[0].severity).toBe("warning");
      expect(found[0].message.en).toContain("no quarterly targets");
    });

    it("name the empty group when only one group is empty, and treat 0 like a dash", () => {
      const src = inject(CLEAN, "0.2\t0.5\t0.8\t1\t0.2\t0.5\t0.8\t1", "0.2\t0.5\t0.8\t1\t0\t0\t0\t0");
      const found = withRule(findingsOf(src), "percent.noQuarters");
      expect(where(found)).toEqual(["percent.noQuarters@L22:O22"]);
      expect(found[0].message.id).toContain("Target Pelaksanaan kosong");
    });

    it("say nothing about rows without an indicator or target whose quarters are empty", () => {
      const src = inject(CLEAN_TEXT, "Jumlah kegiatan pemerintahan umum yang difasilitasi\t6 Kegiatan\t10%\t20%\t30%\t40%\t10\t20\t30\t40", "\t-\t-\t-\t-\t-\t-\t-\t-\t-");
      expect(where(percentOf(src))).toEqual([]);
    });
  });
});

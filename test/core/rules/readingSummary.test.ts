import { CLEAN_CUMULATIVE, CLEAN_UNITS, findingsOf, fixture, inject, where, withRule } from "./support";

describe("a table whose rows read their quarters in several ways", () => {
  it("gets one info per quarter group, saying which readings and how many rows", () => {
    const src = inject(CLEAN_UNITS, "4\tLaporan\t1\t1\t1\t1", "4\tLaporan\t4\t4\t4\t4");
    const found = withRule(findingsOf(src), "percent.mixedReadings");
    expect(where(found)).toEqual(["percent.mixedReadings@G11:J11"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message.en).toContain("in 2 ways (rows of each): per-quarter parts (12), the same level every quarter (1)");
  });

  it("says nothing when every row reads its quarters one way", () => {
    for (const src of [CLEAN_CUMULATIVE, CLEAN_UNITS, fixture("rules-clean-text.tsv")]) {
      expect(withRule(findingsOf(src), "percent.mixedReadings")).toEqual([]);
    }
  });
});

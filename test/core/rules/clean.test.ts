import { countPlan } from "../../../src/core/plan/counts";
import { CLEAN_CUMULATIVE, CLEAN_UNITS, contextOf, findingsOf, fixture, planOf, where } from "./support";

const CLEAN_TEXT = fixture("rules-clean-text.tsv");

describe("clean plans give no finding at all", () => {
  it.each([
    ["percent cumulative, numbers with a 0% format (rules-clean-cumulative)", CLEAN_CUMULATIVE, { sasaran: 2, program: 2, kegiatan: 5, subKegiatan: 10 }],
    ["units per quarter, Kode + Volume/Satuan (rules-clean-units)", CLEAN_UNITS, { sasaran: 2, program: 2, kegiatan: 3, subKegiatan: 6 }],
    ["percent per quarter, text and a (%) header (rules-clean-text)", CLEAN_TEXT, { sasaran: 2, program: 2, kegiatan: 3, subKegiatan: 5 }],
  ])("%s", (_name, source, counts) => {
    expect(countPlan(planOf(source))).toMatchObject(counts);
    expect(where(findingsOf(source))).toEqual([]);
  });

  it("detects each table's convention", () => {
    expect(contextOf(CLEAN_CUMULATIVE).dominant).toEqual({ kinerja: "percentCumulative", pelaksanaan: "percentCumulative" });
    expect(contextOf(CLEAN_UNITS).dominant).toEqual({ kinerja: "unitsPerQuarter" });
    expect(contextOf(CLEAN_TEXT).dominant).toEqual({ kinerja: "percentPerQuarter", pelaksanaan: "percentPerQuarter" });
  });

  it("reads the quarters of each layout as percentages or units", () => {
    const percentOf = (source: string) => {
      const q = contextOf(source).quarters;
      return [...new Set(Array.from({ length: q.length }, (_, e) => q.analysis(e).percent))];
    };
    expect(percentOf(CLEAN_CUMULATIVE)).toEqual([true]);
    expect(percentOf(CLEAN_UNITS)).toEqual([false]);
    expect(percentOf(CLEAN_TEXT)).toEqual([true]);
  });
});

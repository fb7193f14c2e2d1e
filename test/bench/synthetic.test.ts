import { analyzeGrids } from "../../src/core/analyze";
import { countPlan } from "../../src/core/plan/counts";
import { validateAnalysis } from "../../src/core/rules";
import { COL, DEFECT_KINDS, latestList, listedKegiatan, ownKegiatan, syntheticGrid, syntheticPlan, type SyntheticOptions } from "../../bench/synthetic";
import { syntheticWorkbook } from "../../bench/syntheticXlsx";
import { xlsxFrom } from "../support/xlsx";

function parsed(opts: SyntheticOptions) {
  const s = syntheticPlan(opts);
  const analysis = analyzeGrids([syntheticGrid(s)]);
  return { s, analysis, plan: analysis.plans[0] };
}

describe("syntheticPlan", () => {
  test.each([1, 7, 100, 1000])("%i data rows, exactly", (rows) => {
    const s = syntheticPlan({ rows });
    expect(s.dataRows).toBe(rows);
    expect(s.values.length).toBe(s.dataTop + rows);
    expect(s.values.every((r) => r.length === 15)).toBe(true);
  });

  test("the same seed gives the same plan; another seed another", () => {
    expect(syntheticPlan({ rows: 300, seed: 4 })).toEqual(syntheticPlan({ rows: 300, seed: 4 }));
    expect(syntheticPlan({ rows: 300, seed: 5 }).values).not.toEqual(syntheticPlan({ rows: 300, seed: 4 }).values);
  });

  test.each(["number", "text", "mixed", "empty"] as const)("the engine finds the declared tree (quarters as %s)", (quarters) => {
    const { s, plan } = parsed({ rows: 1000, seed: 3, quarters });
    expect(plan).toBeDefined();
    expect(plan.recognition.dataTop).toBe(s.dataTop);
    expect(plan.recognition.dataBottom).toBe(s.dataTop + s.dataRows - 1);
    expect(plan.recognition.year).toBe(2027);
    expect(countPlan(plan)).toEqual(s.counts);
    expect(s.counts.sasaran).toBeGreaterThan(5);
    expect(s.counts.indikator).toBeGreaterThan(s.counts.subKegiatan);
  });

  test("quarter cells are percent-formatted numbers or percent text, as asked", () => {
    const num = syntheticPlan({ rows: 50, quarters: "number" });
    const txt = syntheticPlan({ rows: 50, quarters: "text" });
    const row = num.dataTop + 1;
    expect(typeof num.values[row][6]).toBe("number");
    expect(num.formats[row][6]).toBe("0%");
    expect(String(txt.values[row][9])).toMatch(/^\d+%$/);
    expect(syntheticPlan({ rows: 50, quarters: "empty" }).values.slice(num.dataTop).every((r) => r.slice(6, 14).every((v) => v === null))).toBe(true);
  });

  test("with kegiatanOf from the official list, each programme's kegiatan are its own: none is filed elsewhere", async () => {
    const list = await latestList();
    const misplaced = (opts: SyntheticOptions) => {
      const { analysis } = parsed(opts);
      return validateAnalysis(analysis, [list]).filter((f) => f.rule === "nomenclature.misplaced").length;
    };
    expect(misplaced({ rows: 2000, seed: 8, kegiatanOf: listedKegiatan(list) })).toBe(0);
    // Without it, the support programme's kegiatan under the other programmes: the list files them elsewhere.
    expect(misplaced({ rows: 2000, seed: 8 })).toBeGreaterThan(50);
    // The programmes the list names get their listed kegiatan; the others keep the support programme's.
    const own = listedKegiatan(list)("Program Pengembangan UMKM");
    expect(own?.map((k) => k.nama)).toEqual(list.named("Program Pengembangan UMKM", "program")[0].children.map((k) => k.name));
    expect(listedKegiatan(list)("Program Penilaian Kesehatan Koperasi")).toBeNull();
  });

  test("with the office's own kegiatan, the declared tree, and every one of those names unknown to the list", async () => {
    const list = await latestList();
    const { s, analysis, plan } = parsed({ rows: 2000, seed: 8, kegiatanOf: ownKegiatan });
    expect(countPlan(plan)).toEqual(s.counts);
    const names = new Set(plan.nodes.filter((n) => n.level === "kegiatan" || n.level === "subKegiatan").map((n) => n.name));
    expect(names.size).toBeGreaterThan(200);
    for (const name of names) expect(list.named(name, "kegiatan").length + list.named(name, "subKegiatan").length).toBe(0);
    // Told once as the office's own names (info), never as slips of official ones, nor as misfiled
    // (the generator's programmes include a slip of an official one: warned in the programme column).
    const listed = validateAnalysis(analysis, [list]).filter((f) => f.rule.startsWith("nomenclature."));
    const inProgramColumn = (f: { range: { left: number; right: number } }) => f.range.left === COL.program && f.range.right === COL.program;
    expect(listed.filter((f) => f.severity !== "info" && !inProgramColumn(f))).toEqual([]);
    const told = listed.filter((f) => f.rule === "nomenclature.notInList" && f.severity === "info");
    expect(told).toHaveLength(1);
    const count = Number(/^([\d,]+) names are not in the list/.exec(told[0].message.en)?.[1].replace(/,/g, ""));
    expect(count).toBeGreaterThanOrEqual(s.counts.kegiatan + s.counts.subKegiatan);
  });

  test("a clean plan gives no error; every injected defect is reported on its row", () => {
    const clean = parsed({ rows: 400, seed: 9 });
    expect(validateAnalysis(clean.analysis).filter((f) => f.severity === "error")).toEqual([]);

    const { s, analysis } = parsed({ rows: 600, seed: 9, defects: 0.3 });
    expect(new Set(s.defects.map((d) => d.kind))).toEqual(new Set(DEFECT_KINDS));
    const findingRows = new Set(validateAnalysis(analysis).map((f) => f.range.top));
    expect(s.defects.filter((d) => !findingRows.has(d.row))).toEqual([]);
  });

  test("as an .xlsx workbook it reads back as the same grid", async () => {
    const s = syntheticPlan({ rows: 120, seed: 2, defects: 0.1 });
    const book = syntheticWorkbook(s);
    const fromXlsx = await (await xlsxFrom(book)).readGrid(book.worksheets[0].name);
    const direct = syntheticGrid(s);
    expect(fromXlsx.values).toEqual(direct.values);
    expect(fromXlsx.text).toEqual(direct.text);
    expect(fromXlsx.formats).toEqual(direct.formats);
    const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(fromXlsx.merges.map(key).sort()).toEqual(direct.merges.map(key).sort());
  });
});

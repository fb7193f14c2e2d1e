import { applyFill, undoFill } from "../../src/app/fill";
import { applySuggestion, undoSuggestion } from "../../src/app/suggestion";
import { validateWorkbook } from "../../src/app/validate";
import { renamedText } from "../../src/core/nomenclature/rename";
import { GridView } from "../../src/core/grid";
import { fixtureText, openSource, snapshot } from "./fillSupport";

const TYPED = "A. Perencanaan, Penganggaran dan Evalusi Kinerja Perangkat Daerah";
const OFFICIAL = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah";

describe("a finding's suggestion applied in one click", () => {
  it("replaces the name and keeps the numbering as typed", () => {
    expect(renamedText(TYPED, OFFICIAL)).toBe(`A. ${OFFICIAL}`);
    expect(renamedText("2.16.01.2.01 Perencanaan Penganggaran", OFFICIAL)).toBe(`2.16.01.2.01 ${OFFICIAL}`);
    expect(renamedText("1) Penyediaan Gaji", "Penyediaan Gaji dan Tunjangan ASN")).toBe("1) Penyediaan Gaji dan Tunjangan ASN");
  });

  it("writes the official name into the cell, clears the finding, and is undone exactly", async () => {
    const source = fixtureText("rules-clean-cumulative.tsv").replace("A. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", TYPED);
    const wb = await openSource(source);
    const before = await snapshot(wb);
    const { findings } = await validateWorkbook(wb);
    const f = findings.find((x) => x.rule === "nomenclature.notInList" && x.suggestion === OFFICIAL);
    expect(f).toBeDefined();

    const r = await applySuggestion(wb, f!);
    expect(r).toMatchObject({ applied: true, undoDepth: 1 });
    const grid = new GridView(await wb.readGrid(f!.sheet));
    expect(grid.rawValue(f!.range.top, f!.range.left)).toBe(`A. ${OFFICIAL}`);
    const again = await validateWorkbook(wb);
    expect(again.findings.filter((x) => x.rule === "nomenclature.notInList" && x.range.top === f!.range.top)).toEqual([]);
    // Applying the same finding again changes nothing: the cell already says it.
    expect((await applySuggestion(wb, f!)).applied).toBe(false);

    const undo = await undoFill(wb);
    expect(undo.restored).toBe(1);
    const after = await snapshot(wb);
    expect([...after].filter(([k, v]) => JSON.stringify(before.get(k)) !== JSON.stringify(v))).toEqual([]);
  });

  it("Undo of the name takes back only the name, and never a fill made after it", async () => {
    const source = fixtureText("rules-clean-cumulative.tsv").replace("A. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", TYPED);
    const wb = await openSource(source);
    const before = await snapshot(wb);
    const f = (await validateWorkbook(wb)).findings.find((x) => x.suggestion === OFFICIAL)!;
    const r = await applySuggestion(wb, f);
    // A fill after the name: Undo of the name refuses, the fill and the name stay.
    const filled = await applyFill(wb, { strategy: { kind: "auto" }, columns: "both", overwrite: true });
    expect(filled.applied).toBeGreaterThan(0);
    const afterFill = await snapshot(wb);
    const refused = await undoSuggestion(wb, r.undoDepth);
    expect(refused.restored).toBe(0);
    expect(refused.message.en).toContain("another change");
    expect(await snapshot(wb)).toEqual(afterFill);
    // Once the fill is undone, the name's Undo takes the name back: the workbook as it was.
    await undoFill(wb);
    expect((await undoSuggestion(wb, r.undoDepth)).restored).toBe(1);
    const after = await snapshot(wb);
    expect([...after].filter(([k, v]) => JSON.stringify(before.get(k)) !== JSON.stringify(v))).toEqual([]);
  });

  it("writes nothing for a finding without a suggestion", async () => {
    const wb = await openSource(fixtureText("rules-clean-cumulative.tsv"));
    const before = await snapshot(wb);
    const { findings } = await validateWorkbook(wb);
    for (const f of findings.filter((x) => x.suggestion === undefined).slice(0, 3)) expect((await applySuggestion(wb, f)).applied).toBe(false);
    expect(await snapshot(wb)).toEqual(before);
  });
});

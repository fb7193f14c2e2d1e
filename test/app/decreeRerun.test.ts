/**
 * Running the decree again: the add-in's own Keputusan sheet (known by its
 * record in the state sheet) gets the new content, undoably; a sheet the user
 * made or changed is never replaced.
 */
import * as fs from "fs";
import * as path from "path";
import { createDecree } from "../../src/app/decree";
import { decreeUndoDepth, undoDecree } from "../../src/app/decreeSheet";
import { DECREE_SHEET_KEY, emptyMeta, mergeMeta, type DecreeMeta } from "../../src/core/decree";
import { GridView } from "../../src/core/grid";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { openSource, reopen } from "./fillSupport";

const SEED = fs.readFileSync(path.resolve(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
const TODAY = "2024-06-01";

function meta(patch: Partial<DecreeMeta> = {}): DecreeMeta {
  const json: unknown = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8"));
  return { ...mergeMeta(emptyMeta(), json).meta, ...patch };
}

async function texts(wb: XlsxWorkbook, sheet: string): Promise<string[]> {
  const view = new GridView(await wb.readGrid(sheet));
  const out: string[] = [];
  for (let r = view.top; r < view.top + view.rows; r++)
    for (let c = view.left; c < view.left + view.cols; c++) if (view.text(r, c) !== "") out.push(view.text(r, c));
  return out;
}

const run = (wb: XlsxWorkbook, m: DecreeMeta) => createDecree(wb, m, { paper: "a4", today: TODAY });

describe("createDecree again", () => {
  it("gives the own sheet the new content in its place; undo brings every earlier version back, in a new session too", async () => {
    const wb = await openSource(SEED);
    expect((await run(wb, meta({ nomor: "1/2022" }))).replaced).toBe(false);
    const first = await texts(wb, "Keputusan");
    const second = await run(wb, meta({ nomor: "2/2022", menimbang: ["bahwa satu;", "bahwa dua;"] }));
    expect([second.sheet, second.replaced]).toEqual(["Keputusan", true]);
    await run(wb, meta({ nomor: "3/2022" }));
    expect(await wb.sheets()).toEqual(["Keputusan", "Lampiran I"]);
    expect(await texts(wb, "Keputusan")).toContain("NOMOR 3/2022");
    expect(await decreeUndoDepth(wb)).toBe(2);

    const later = await reopen(wb.save());
    const undone = await undoDecree(later);
    expect([undone.sheet, undone.remaining]).toEqual(["Keputusan", 1]);
    expect(await texts(later, "Keputusan")).toEqual(expect.arrayContaining(["NOMOR 2/2022", "bahwa dua;"]));
    await undoDecree(later);
    expect(await texts(later, "Keputusan")).toEqual(first);
    const nothing = await undoDecree(later);
    expect(nothing.sheet).toBeNull();
    expect(nothing.message.en).toMatch(/no rerun/);
    expect(await later.sheets()).toEqual(["Keputusan", "Lampiran I"]);
  });

  it("never replaces a sheet the user changed: a new sheet is added, and undo leaves the changed one alone", async () => {
    const wb = await openSource(SEED);
    await run(wb, meta({ nomor: "1/2022" }));
    await run(wb, meta({ nomor: "2/2022" }));
    await wb.applyEdits([{ sheet: "Keputusan", row: 40, col: 0, value: "catatan saya", previous: { value: null, format: "General" } }]);
    const before = await texts(wb, "Keputusan");
    const undo = await undoDecree(wb);
    expect(undo.sheet).toBeNull();
    expect(undo.message.en).toMatch(/changed since/);
    const again = await run(wb, meta({ nomor: "3/2022" }));
    expect([again.sheet, again.replaced]).toEqual(["Keputusan (2)", false]);
    expect(await texts(wb, "Keputusan")).toEqual(before);
    // The new sheet is now the own one; the user's keeps its text.
    expect((await run(wb, meta({ nomor: "4/2022" }))).sheet).toBe("Keputusan (2)");
    expect(await wb.sheets()).toEqual(["Keputusan", "Keputusan (2)", "Lampiran I"]);
  });

  it("never replaces a sheet the user named Keputusan: without the add-in's record it is the user's", async () => {
    const wb = await openSource(`#sheet Keputusan\nkeputusan saya\n${SEED}`);
    const result = await run(wb, meta());
    expect([result.sheet, result.replaced]).toEqual(["Keputusan (2)", false]);
    expect(await texts(wb, "Keputusan")).toEqual(["keputusan saya"]);
    // A damaged record makes no sheet the add-in's own either.
    await wb.saveState(DECREE_SHEET_KEY, "{rusak");
    expect((await run(wb, meta())).sheet).toBe("Keputusan (3)");
  });
});

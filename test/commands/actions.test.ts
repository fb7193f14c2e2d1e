import * as fs from "fs";
import * as path from "path";
import { commandDeps, insertTemplate, validatePlan } from "../../src/commands/actions";
import { lastEvent } from "../../src/app/bus";
import type { Workbook } from "../../src/core/port";
import { xlsxFrom } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js");

type Global = { Office?: unknown };
const g = globalThis as Global;
const seed = fs.readFileSync(path.join(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");

function event() {
  return { completed: jest.fn(), source: { id: "x" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

let showAsTaskpane: jest.Mock;
beforeEach(() => {
  showAsTaskpane = jest.fn(() => Promise.resolve());
  g.Office = { addin: { showAsTaskpane } };
});
afterEach(() => delete g.Office);

describe("ribbon commands", () => {
  it("Validate plan asks the pane to validate, opens it and completes", async () => {
    const e = event();
    await validatePlan(e);
    expect(lastEvent()).toEqual({ type: "validateRequested" });
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("Insert template adds the next year's sheet with the plan's office, activates it, and never replaces", async () => {
    const wb = await xlsxFrom(workbookFromSource(seed));
    commandDeps.workbook = () => wb;
    const e1 = event();
    await insertTemplate(e1);
    const e2 = event();
    await insertTemplate(e2);
    expect(await wb.sheets()).toEqual(["Lampiran I", "Rencana Aksi 2023", "Rencana Aksi 2023 (2)"]);
    expect(lastEvent()).toEqual({ type: "templateInserted", sheet: "Rencana Aksi 2023 (2)" });
    const grid = await wb.readGrid("Rencana Aksi 2023");
    expect(grid.text.flat()).toContain("DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK");
    expect(e1.completed).toHaveBeenCalledTimes(1);
    expect(e2.completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).not.toHaveBeenCalled();
  });

  it("a failure is told to the pane in both languages, and the event still completes", async () => {
    const broken = { sheets: () => Promise.reject(new Error("boom")) } as unknown as Workbook;
    commandDeps.workbook = () => broken;
    const e = event();
    await insertTemplate(e);
    const last = lastEvent();
    expect(last?.type).toBe("commandFailed");
    if (last?.type === "commandFailed") {
      expect(last.message.id).not.toBe("");
      expect(last.message.en).not.toBe("");
      expect(last.message.en).not.toMatch(/at .*\.ts/);
    }
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

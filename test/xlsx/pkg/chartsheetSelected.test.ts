/**
 * The workbook was saved with its chart sheet active (a chart sheet's <sheetView> has its own
 * tabSelected). When decree makes the Keputusan the active, selected tab, the chart sheet must
 * not stay selected: two selected tabs are a group of sheets in Excel ("[Group]" in the title
 * bar; "Print Active Sheets" then prints the chart with the decree).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../../src/cli/main";
import { exampleBytes } from "../../support/example";
import { richParts } from "./richWorkbook";

const META = path.join(__dirname, "../../fixtures/meta/dinkop-nganjuk-2022.json");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-chartsel-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The sheet parts (worksheets and chart sheets) whose first view says tabSelected. */
function selectedTabs(parts: Record<string, Uint8Array>): string[] {
  return Object.keys(parts)
    .filter((n) => /^xl\/(worksheets|chartsheets)\/[^/]+\.xml$/.test(n))
    .filter((n) => /<(?:\w+:)?sheetView\b[^>]*\btabSelected="(1|true)"/.test(strFromU8(parts[n])))
    .sort();
}

describe("decree in a workbook saved with its chart sheet active", () => {
  it("leaves one selected tab: the Keputusan", async () => {
    const parts = richParts(await exampleBytes());
    // The chart sheet "Grafik" (the workbook's second sheet) active and selected; the plan sheet not.
    const wb = strFromU8(parts["xl/workbook.xml"]);
    parts["xl/workbook.xml"] = strToU8(/<workbookView\b/.test(wb) ? wb.replace(/<workbookView\b/, '<workbookView activeTab="1"') : wb.replace("<sheets>", '<bookViews><workbookView activeTab="1"/></bookViews><sheets>'));
    parts["xl/chartsheets/sheet2.xml"] = strToU8(strFromU8(parts["xl/chartsheets/sheet2.xml"]).replace('<sheetView workbookViewId="0"/>', '<sheetView tabSelected="1" workbookViewId="0"/>'));
    parts["xl/worksheets/sheet1.xml"] = strToU8(strFromU8(parts["xl/worksheets/sheet1.xml"]).replace(/\s+tabSelected="(1|true)"/, ""));
    expect(selectedTabs(parts)).toEqual(["xl/chartsheets/sheet2.xml"]);
    const input = path.join(dir, "plan.xlsm");
    fs.writeFileSync(input, zipSync(parts));

    const output = path.join(dir, "decree.xlsm");
    const code = await main(["decree", input, "--meta", META, "-o", output, "--lang", "en"], { out: () => undefined, err: () => undefined, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir });
    expect(code).toBe(0);
    const out = unzipSync(new Uint8Array(fs.readFileSync(output)));
    const selected = selectedTabs(out);
    // The Keputusan is selected (a new worksheet part)...
    expect(selected.filter((n) => n.startsWith("xl/worksheets/"))).toHaveLength(1);
    // ...and nothing else is.
    expect(selected).toHaveLength(1);
  });
});

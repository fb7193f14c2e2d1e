/**
 * A chart sheet's own tabSelected (views.ts activate): a sheet added and activated deselects a
 * selected chart sheet by that one attribute; a chart sheet part that cannot be read is left as
 * it came (it is never edited blind), and the sheet is added all the same.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { loadWorkbook } from "../../../src/xlsx/load";
import { exampleBytes } from "../../support/example";
import { richParts } from "./richWorkbook";

const CHART = "xl/chartsheets/sheet2.xml";
const SPEC: SheetSpec = { name: "Baru", cells: [{ row: 0, col: 0, value: "baru" }], merges: [], columnWidths: {}, pageSetup: { orientation: "portrait", paper: "a4" } };

async function withChartSheet(part: (xml: string) => string): Promise<Record<string, Uint8Array>> {
  const parts = richParts(await exampleBytes());
  parts[CHART] = strToU8(part(strFromU8(parts[CHART])));
  return parts;
}

async function added(parts: Record<string, Uint8Array>): Promise<Record<string, Uint8Array>> {
  const loaded = loadWorkbook(zipSync(parts));
  if (!loaded.ok) throw new Error(loaded.message.en);
  await loaded.workbook.addSheet(SPEC);
  return unzipSync(loaded.workbook.save());
}

describe("a selected chart sheet when another sheet is activated", () => {
  it("loses its tabSelected and nothing else", async () => {
    const parts = await withChartSheet((xml) => xml.replace("<sheetView ", '<sheetView tabSelected="1" '));
    const before = strFromU8(parts[CHART]);
    expect(before).toContain('tabSelected="1"');
    const out = await added(parts);
    expect(strFromU8(out[CHART])).toBe(before.replace(' tabSelected="1"', ""));
  });

  it("is left as it came when its part cannot be read", async () => {
    const parts = await withChartSheet((xml) => xml.replace("<sheetView ", '<sheetView tabSelected="1" ').replace("</chartsheet>", "</chartsheet"));
    const out = await added(parts);
    expect(Buffer.from(out[CHART]).equals(Buffer.from(parts[CHART]))).toBe(true);
    expect(Object.keys(out).filter((n) => n.startsWith("xl/worksheets/") && n.endsWith(".xml")).length).toBe(Object.keys(parts).filter((n) => n.startsWith("xl/worksheets/") && n.endsWith(".xml")).length + 1);
  });
});

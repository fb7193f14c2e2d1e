/**
 * The decree's sheets in the written package: the Keputusan sheet before the
 * Lampiran (the workbook prints the decree first), with its manual page breaks
 * and its own print area; the Info Keputusan sheet hidden (not printed); a rerun
 * rewrites the Keputusan part in place, print names included.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { createDecree, saveMeta } from "../../src/app/decree";
import { insertTemplate } from "../../src/app/template";
import { emptyMeta, mergeMeta, type DecreeMeta } from "../../src/core/decree";
import { exampleBytes } from "../support/example";
import { xlsxFromBytes } from "../support/xlsx";

function meta(patch: Partial<DecreeMeta> = {}): DecreeMeta {
  const json: unknown = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8"));
  return { ...mergeMeta(emptyMeta(), json).meta, ...patch };
}

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** <sheet> entries of workbook.xml in order: name and state; and the part each one's relationship points to. */
function sheetsOf(p: Record<string, string>): { name: string; state: string; part: string }[] {
  const rels = p["xl/_rels/workbook.xml.rels"];
  return [...p["xl/workbook.xml"].matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const rid = /r:id="([^"]+)"/.exec(tag)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
    return { name: /name="([^"]+)"/.exec(tag)![1], state: /state="([^"]+)"/.exec(tag)?.[1] ?? "visible", part: `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}` };
  });
}

const printNames = (p: Record<string, string>) =>
  [...p["xl/workbook.xml"].matchAll(/<definedName name="(_xlnm\.[^"]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => [m[1], Number(m[2]), m[3]]);

describe("decree sheets in the .xlsx package", () => {
  it("Keputusan comes first, with page breaks and its print area; Info Keputusan is hidden; a rerun rewrites the part", async () => {
    const wb = xlsxFromBytes(await exampleBytes());
    const made = await createDecree(wb, meta(), { paper: "a4", today: "2024-06-01" });
    expect(made.sheet).toBe("Keputusan");
    await saveMeta(wb, meta());
    let p = parts(wb.save());
    const sheets = sheetsOf(p);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([["Keputusan", "visible"], ["Lampiran I", "visible"], ["_renaksi", "veryHidden"], ["Info Keputusan", "hidden"]]);
    // The active tab is the decree, and the print area is scoped to it (index 0).
    expect(p["xl/workbook.xml"]).not.toMatch(/activeTab="[1-9]/);
    expect(printNames(p).filter(([, id]) => id === 0)).toEqual([["_xlnm.Print_Area", 0, expect.stringMatching(/^Keputusan!\$A\$1:\$H\$\d+$/)]]);
    // The hidden Info sheet has no print name: LibreOffice would print it.
    expect(printNames(p).filter(([, id]) => id === 3)).toEqual([]);
    const decreeXml = p[sheets[0].part];
    const breaks = [...decreeXml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(breaks.length).toBeGreaterThan(0);
    expect(decreeXml).toMatch(/<pageSetup [^>]*\/><rowBreaks count="\d+" manualBreakCount="\d+">/);

    const again = await createDecree(wb, meta({ nomor: "2/2022" }), { paper: "f4", today: "2024-06-01" });
    expect([again.sheet, again.replaced]).toEqual(["Keputusan", true]);
    p = parts(wb.save());
    expect(sheetsOf(p).map((s) => s.name)).toEqual(["Keputusan", "Lampiran I", "_renaksi", "Info Keputusan"]);
    expect(sheetsOf(p)[0].part).toBe(sheets[0].part);
    expect(p[sheets[0].part]).toContain("NOMOR 2/2022");
    expect(p[sheets[0].part]).toMatch(/paperSize="14"/);
    expect(printNames(p).filter(([, id]) => id === 0)).toHaveLength(1);
  });

  it("sheet-scoped names of the sheets after the new Keputusan move with them", async () => {
    const wb = xlsxFromBytes(await exampleBytes());
    const template = await insertTemplate(wb, { year: 2027, paper: "a4", prefill: false });
    const before = parts(wb.save());
    const own = printNames(before).filter(([, , text]) => String(text).includes(template));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every(([, id]) => id === 1)).toBe(true);
    await createDecree(wb, meta(), { paper: "a4", today: "2024-06-01" });
    const after = parts(wb.save());
    expect(sheetsOf(after).map((s) => s.name).slice(0, 3)).toEqual(["Keputusan", "Lampiran I", template]);
    expect(printNames(after).filter(([, , text]) => String(text).includes(template))).toEqual(own.map(([n, , text]) => [n, 2, text]));
    expect(printNames(after).filter(([, , text]) => String(text).startsWith("Keputusan!")).map(([, id]) => id)).toEqual([0]);
  });
});

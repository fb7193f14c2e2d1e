/**
 * Fill and decree on a workbook carrying charts, a pivot table, an external
 * link, names of every kind, VBA, custom XML and threaded comments: no part
 * is lost, every part the command had no reason to touch is byte-identical,
 * the names are unchanged, and the workbook's own locks are respected.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../../src/cli/main";
import { loadWorkbook } from "../../../src/xlsx/load";
import { exampleBytes } from "../../support/example";
import { DEFINED_NAMES, richWorkbook, type RichOptions } from "./richWorkbook";

/** Parts a fill or a decree may change: the edited sheets, the workbook part, its relationships, content types, styles, shared strings, properties. */
const MAY_CHANGE = /^(xl\/worksheets\/sheet\d+\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|xl\/sharedStrings\.xml|docProps\/(app|core)\.xml)$/;

let dir: string;
let example: Uint8Array;
beforeAll(async () => {
  example = await exampleBytes();
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-rich-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main([...argv, "--lang", "en"], { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir });
  return { code, out, err };
}

const META = path.join(__dirname, "../../fixtures/meta/dinkop-nganjuk-2022.json");

function write(opts: RichOptions = {}): string {
  const file = path.join(dir, "plan.xlsm");
  fs.writeFileSync(file, richWorkbook(example, opts));
  return file;
}

function compare(input: string, output: string): { changed: string[]; lost: string[]; added: string[] } {
  const a = unzipSync(new Uint8Array(fs.readFileSync(input)));
  const b = unzipSync(new Uint8Array(fs.readFileSync(output)));
  const changed: string[] = [];
  const lost: string[] = [];
  for (const name of Object.keys(a)) {
    if (!(name in b)) lost.push(name);
    else if (Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0) changed.push(name);
  }
  return { changed, lost, added: Object.keys(b).filter((n) => !(n in a)) };
}

function part(file: string, name: string): string {
  return strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))[name]);
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

describe("the package edited in place", () => {
  it("fill loses no part and changes only the plan sheet and the workbook part", async () => {
    const input = write();
    const output = path.join(dir, "filled.xlsm");
    const res = await run(["fill", input, "-o", output]);
    expect(res.code).toBe(0);
    const diff = compare(input, output);
    expect(diff.lost).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.changed.sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    // The workbook part: only the recalculation flag, names and everything else as they were.
    expect(part(output, "xl/workbook.xml")).toBe(part(input, "xl/workbook.xml").replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>'));
    // The plan sheet keeps its drawing, and the cells filled read back.
    expect(part(output, "xl/worksheets/sheet1.xml")).toContain('<drawing r:id="rId1"/>');
    const reopened = loadWorkbook(new Uint8Array(fs.readFileSync(output)));
    if (!reopened.ok) throw new Error("output does not reopen");
    expect(await reopened.workbook.sheets()).toEqual(["Lampiran I"]);
    const grid = await reopened.workbook.readGrid("Lampiran I");
    expect(grid.values.flat().filter((v) => v !== null).length).toBeGreaterThan(0);
  });

  it("decree adds its sheets and keeps every other part and every name", async () => {
    const input = write();
    const output = path.join(dir, "decree.xlsm");
    const res = await run(["decree", input, "--meta", META, "-o", output]);
    expect(res.code).toBe(0);
    const diff = compare(input, output);
    expect(diff.lost).toEqual([]);
    expect(diff.changed.filter((n) => !MAY_CHANGE.test(n))).toEqual([]);
    expect(diff.added.every((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toBe(true);
    expect(diff.added.length).toBeGreaterThan(0);
    const wb = part(output, "xl/workbook.xml");
    // The names that were there, text for text, in their place; only the new sheets' print names added.
    const names = /<definedNames>([\s\S]*)<\/definedNames>/.exec(wb)![1];
    // The Keputusan goes first: the name scoped to the Lampiran (sheet 0) moves with it to sheet 1.
    expect(names.startsWith(DEFINED_NAMES.replace(/<\/?definedNames>/g, "").replace('name="Lokal" localSheetId="0"', 'name="Lokal" localSheetId="1"'))).toBe(true);
    expect(names.slice(DEFINED_NAMES.length - "<definedNames></definedNames>".length)).toMatch(/^(<definedName name="_xlnm\.Print_(Titles|Area)" localSheetId="\d+">[^<]+<\/definedName>)*$/);
    expect(wb).toContain('<sheet sheetId="2" name="Grafik" r:id="rId20"/>');
    expect(part(output, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const reopened = loadWorkbook(new Uint8Array(fs.readFileSync(output)));
    expect(reopened.ok).toBe(true);
  });

  it("fill on a protected plan sheet is refused, says which cells, and writes nothing", async () => {
    const input = write({ protectSheet: true });
    const output = path.join(dir, "filled.xlsm");
    const res = await run(["fill", input, "-o", output]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/Sheet "Lampiran I" is protected and cells [A-Z]+\d+/);
    expect(fs.existsSync(output)).toBe(false);
  });

  it("decree in a structure-locked workbook is refused and writes nothing; fill still works", async () => {
    const input = write({ lockStructure: true });
    const output = path.join(dir, "decree.xlsm");
    const res = await run(["decree", input, "--meta", META, "-o", output]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("structure is protected");
    expect(fs.existsSync(output)).toBe(false);
    const filled = await run(["fill", input, "-o", path.join(dir, "filled.xlsm")]);
    expect(filled.code).toBe(0);
    expect(part(path.join(dir, "filled.xlsm"), "xl/workbook.xml")).toContain('<workbookProtection lockStructure="1"/>');
  });

  const libreOffice = hasSoffice();
  it(`LibreOffice ${libreOffice ? "opens" : "(not installed here: only the project's reader) opens"} what fill and decree write`, async () => {
    const input = write();
    const outputs = [path.join(dir, "a.xlsm"), path.join(dir, "b.xlsm")];
    expect((await run(["fill", input, "-o", outputs[0]])).code).toBe(0);
    expect((await run(["decree", input, "--meta", META, "-o", outputs[1]])).code).toBe(0);
    for (const out of outputs) {
      expect(loadWorkbook(new Uint8Array(fs.readFileSync(out))).ok).toBe(true);
      if (!libreOffice) continue;
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/lo`, "--convert-to", "csv", "--outdir", dir, out], { stdio: "ignore", timeout: 120_000 });
      const csv = fs.readFileSync(out.replace(/\.xlsm$/, ".csv"), "utf8");
      // The CSV is the first sheet: the plan after a fill, the Keputusan (before its annex) after a decree.
      expect(csv).toContain(out === outputs[1] ? "MEMUTUSKAN :" : "RENCANA AKSI TAHUN 2022");
    }
  }, 240_000);
});

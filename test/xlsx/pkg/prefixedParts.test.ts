/**
 * Every XML part of the package written with a namespace prefix instead of a default namespace
 * (<x:worksheet xmlns:x="...">, <p:Relationships xmlns:p="...">, as code on the Open XML SDK may
 * write them). Whatever the adapter inserts into such a part (cells and rows, a sheet view, a
 * selection, styles, relationships, content types, sheets, names, views) takes the part's prefix
 * (xml.ts partPrefix / inPart), or it is an element of no namespace that Excel does not read.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../../src/cli/main";
import { loadWorkbook } from "../../../src/xlsx/load";
import { inPart, partPrefix } from "../../../src/xlsx/xml";
import { exampleBytes } from "../../support/example";

const META = path.join(__dirname, "../../fixtures/meta/dinkop-nganjuk-2022.json");

/** The part with its default namespace bound to the prefix p: and every unprefixed element under it. */
function prefixed(xml: string): string {
  const head = /^<\?xml[^>]*\?>\s*/.exec(xml)?.[0] ?? "";
  const body = xml.slice(head.length).replace(/\sxmlns="([^"]*)"/, ' xmlns:p="$1"');
  return head + body.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1p:$2");
}

/** Elements written without a prefix: in no namespace once the default is gone. */
function unprefixed(xml: string): string[] {
  return [...xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<([A-Za-z_][\w.-]*)(?=[\s/>])/g)].map((m) => m[1]);
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-prefixed-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The example with every XML part prefixed, and the plan sheet without a sheet view (one is then inserted). */
async function prefixedPackage(): Promise<Record<string, Uint8Array>> {
  const parts = unzipSync(await exampleBytes());
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]).replace(/<sheetViews>[\s\S]*?<\/sheetViews>/, "");
  parts["xl/worksheets/sheet1.xml"] = strToU8(sheet);
  for (const name of Object.keys(parts)) if (/\.(xml|rels)$/.test(name)) parts[name] = strToU8(prefixed(strFromU8(parts[name])));
  return parts;
}

/** The parts of the input found in the output with an element of no namespace, with those elements. */
function strays(input: Record<string, Uint8Array>, output: Uint8Array): Record<string, string[]> {
  const out = unzipSync(output);
  const found: Record<string, string[]> = {};
  for (const name of Object.keys(input)) {
    if (!/\.(xml|rels)$/.test(name) || !out[name]) continue;
    const list = unprefixed(strFromU8(out[name]));
    if (list.length) found[name] = [...new Set(list)];
  }
  return found;
}

describe("a package whose parts use a prefix for their namespace", () => {
  it("reads the prefix of a part's root, after its declaration and comments", () => {
    expect(partPrefix('<?xml version="1.0"?>\n<!-- <b> --><x:workbook xmlns:x="u"/>')).toBe("x:");
    expect(partPrefix('<?xml version="1.0"?><workbook xmlns="u"><x:a/></workbook>')).toBe("");
    expect(inPart("<p:Types xmlns:p='u'/>", '<Override PartName="/a&lt;b"/><x/>')).toBe('<p:Override PartName="/a&lt;b"/><p:x/>');
  });

  it.each([
    ["fill", (input: string, output: string) => ["fill", input, "-o", output]],
    ["decree", (input: string, output: string) => ["decree", input, "--meta", META, "-o", output]],
    ["capaian", (input: string, output: string) => ["capaian", input, "--quarter", "1", "-o", output]],
  ])("%s adds its elements under each part's prefix", async (_, argv) => {
    const parts = await prefixedPackage();
    const input = path.join(dir, "plan.xlsx");
    fs.writeFileSync(input, zipSync(parts));
    const output = path.join(dir, "out.xlsx");
    const code = await main([...argv(input, output), "--lang", "en"], { out: () => undefined, err: () => undefined, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir });
    expect(code).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(output));
    // The command edited prefixed parts (else this proves nothing)...
    const edited = Object.keys(parts).filter((n) => !Buffer.from(unzipSync(bytes)[n] ?? []).equals(Buffer.from(parts[n])));
    expect(edited.length).toBeGreaterThan(0);
    // ...and put nothing in them outside their namespace.
    expect(strays(parts, bytes)).toEqual({});
  });

  it("a cursor, marks and state written into prefixed parts stay in their namespace", async () => {
    const parts = await prefixedPackage();
    const loaded = loadWorkbook(zipSync(parts));
    if (!loaded.ok) throw new Error(loaded.message.en);
    const wb = loaded.workbook;
    await wb.select("Lampiran I", { top: 12, left: 2, bottom: 12, right: 2 });
    await wb.mark([{ sheet: "Lampiran I", range: { top: 12, left: 2, bottom: 12, right: 4 }, severity: "error", rule: "percent.range", message: { id: "x", en: "x" } }]);
    const out = wb.save();
    const sheet = strFromU8(unzipSync(out)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<p:sheetViews><p:sheetView [^>]*><p:selection activeCell="C13" sqref="C13"\/><\/p:sheetView><\/p:sheetViews>/);
    expect(strFromU8(unzipSync(out)["xl/styles.xml"])).not.toBe(strFromU8(parts["xl/styles.xml"]));
    expect(strays(parts, out)).toEqual({});
  });
});

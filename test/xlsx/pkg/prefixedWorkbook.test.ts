/**
 * A workbook part written with a namespace prefix for SpreadsheetML (<x:workbook xmlns:x="...">,
 * no default namespace), as code built on the Open XML SDK writes it. The adapter keeps the
 * part's prefix for the cells it writes (sheetEdit.ts tagNames) and the sheets it adds
 * (book.ts sheetTagNames); the names it adds must be in that namespace too, or they are
 * elements of no namespace that Excel and LibreOffice do not read as names.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../../src/cli/main";
import { exampleBytes } from "../../support/example";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const META = path.join(__dirname, "../../fixtures/meta/dinkop-nganjuk-2022.json");

/** The part with every unprefixed element put under the prefix x: (bound to SpreadsheetML's namespace). */
function prefixed(xml: string): string {
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1x:$2");
}

/** Elements in the workbook part written without a prefix: in no namespace once the default is gone. */
function unprefixedElements(xml: string): string[] {
  return [...xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<([A-Za-z_][\w.-]*)(?=[\s/>])/g)].map((m) => m[1]);
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-prefix-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function prefixedPlan(keepNames: boolean): Promise<string> {
  const parts = unzipSync(await exampleBytes());
  let wb = strFromU8(parts["xl/workbook.xml"]);
  if (!keepNames) wb = wb.replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
  const head = /^<\?xml[^>]*\?>\s*/.exec(wb)?.[0] ?? "";
  parts["xl/workbook.xml"] = strToU8(head + prefixed(wb.slice(head.length)));
  const file = path.join(dir, "plan.xlsx");
  fs.writeFileSync(file, zipSync(parts));
  return file;
}

async function run(argv: string[]): Promise<number> {
  return main([...argv, "--lang", "en"], { out: () => undefined, err: () => undefined, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir });
}

describe("a workbook part with a prefix for SpreadsheetML", () => {
  it.each([
    ["decree", true],
    ["decree", false],
    ["capaian", true],
    ["capaian", false],
  ] as const)("%s (the workbook with names: %s) adds its print names under the part's prefix", async (command, keepNames) => {
    const input = await prefixedPlan(keepNames);
    expect(unprefixedElements(strFromU8(unzipSync(new Uint8Array(fs.readFileSync(input)))["xl/workbook.xml"]))).toEqual([]);
    const output = path.join(dir, "out.xlsx");
    const args = command === "decree" ? ["decree", input, "--meta", META, "-o", output] : ["capaian", input, "--quarter", "1", "-o", output];
    expect(await run(args)).toBe(0);
    const wb = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(output)))["xl/workbook.xml"]);
    // The new sheets' print names were written (and read back by Excel only if they are x:definedName).
    expect(wb).toMatch(/<x:definedName name="_xlnm\.Print_Area" localSheetId="\d+">/);
    expect(unprefixedElements(wb)).toEqual([]);
  });
});

/**
 * -o names a file Excel opens: a macro-enabled workbook (.xlsm) is written as .xlsm only, a plain
 * one as .xlsx only ("the file format or file extension is not valid" otherwise). A wrong name is
 * refused before anything is written, with the extension to use; the right one keeps the macros.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { t } from "../../src/cli/messages";
import { workbookExtension } from "../../src/xlsx/opc";
import { planBytes } from "../reliability/support/badFiles";
import { runCli } from "../reliability/support/cliRun";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-outext-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const VBA = new Uint8Array(512).map((_, i) => (i * 31) & 0xff);

/** The small plan saved as `name`; with macros, its main content type is the macro-enabled one and it holds a VBA part. */
async function plan(name: string, macros: boolean): Promise<string> {
  const parts = unzipSync(await planBytes());
  if (macros) {
    parts["[Content_Types].xml"] = strToU8(strFromU8(parts["[Content_Types].xml"]).replace(MAIN, MACRO_MAIN));
    parts["xl/vbaProject.bin"] = VBA;
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipSync(parts));
  return file;
}

const params = (out: string, ext: string, wanted: string) => ({ path: out, ext, wanted, suggested: out.slice(0, -ext.length) + wanted });

describe("renaksi -o and the package's own extension", () => {
  it.each([
    ["fill", ["-o"]],
    ["decree", ["-o"]],
    ["capaian", ["--quarter", "1", "-o"]],
  ])("%s PLAN.xlsm -o OUT.xlsx is refused, nothing written, naming .xlsm", async (command, flags) => {
    const input = await plan("rencana.xlsm", true);
    const out = path.join(dir, "keluaran.xlsx");
    for (const lang of ["id", "en"] as const) {
      const r = await runCli([command, input, ...flags, out, "--lang", lang], dir);
      expect(r).toMatchObject({ code: 2, out: "" });
      expect(r.err).toBe(t("cli.outputMacros", lang, params(out, ".xlsx", ".xlsm")) + "\n");
    }
    expect(fs.readdirSync(dir)).toEqual(["rencana.xlsm"]);
  });

  it("fill PLAN.xlsm -o OUT.xlsm writes it, its macros and content type kept", async () => {
    const input = await plan("rencana.xlsm", true);
    const out = path.join(dir, "keluaran.XLSM");
    expect((await runCli(["fill", input, "-o", out], dir)).code).toBe(0);
    const parts = unzipSync(new Uint8Array(fs.readFileSync(out)));
    expect(parts["xl/vbaProject.bin"]).toEqual(VBA);
    expect(strFromU8(parts["[Content_Types].xml"])).toContain(MACRO_MAIN);
  });

  it("fill PLAN.xlsx -o OUT.xlsm (a plain workbook under a macro name) is refused, naming .xlsx", async () => {
    const input = await plan("rencana.xlsx", false);
    const out = path.join(dir, "keluaran.xlsm");
    const r = await runCli(["fill", input, "-o", out, "--lang", "en"], dir);
    expect(r).toMatchObject({ code: 2, out: "", err: t("cli.outputExtension", "en", params(out, ".xlsm", ".xlsx")) + "\n" });
    expect(fs.readdirSync(dir)).toEqual(["rencana.xlsx"]);
  });

  it("template -o OUT.xlsm is refused; a name of no Excel extension is written as before", async () => {
    const r = await runCli(["template", "-o", path.join(dir, "templat.xlsm")], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("-o " + path.join(dir, "templat.xlsx"));
    expect((await runCli(["template", "-o", path.join(dir, "templat")], dir)).code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(["templat"]);
  });
});

describe("workbookExtension", () => {
  const types = (override: string, byDefault = "application/xml") =>
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="${byDefault}"/>${override}</Types>`;

  it("reads the workbook part's override, else the default of its extension", () => {
    expect(workbookExtension(types(`<Override PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN}"/>`), "xl/workbook.xml")).toBe(".xlsm");
    expect(workbookExtension(types(`<Override PartName="/XL/Workbook.xml" ContentType="${MAIN}"/>`), "xl/workbook.xml")).toBe(".xlsx");
    expect(workbookExtension(types("", "application/vnd.ms-excel.template.macroEnabled.main+xml"), "xl/workbook.xml")).toBe(".xltm");
  });

  it("is null for an unknown content type or unreadable content types", () => {
    expect(workbookExtension(types(`<Override PartName="/xl/workbook.xml" ContentType="text/plain"/>`), "xl/workbook.xml")).toBeNull();
    expect(workbookExtension("<Types><Override", "xl/workbook.xml")).toBeNull();
  });
});

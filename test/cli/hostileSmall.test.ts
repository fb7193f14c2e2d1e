/**
 * Small hostile cases of issue 18: "-o -" and a sheet name longer than Excel's 31 characters
 * (only the tool's own lines reach stderr: no library writes to the console).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

import { exampleFile } from "../support/example";

let EXAMPLE: string;

let dir: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-small-"));
  EXAMPLE = await exampleFile(dir);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
  const code = await main([...argv, "--lang", "en"], io);
  return { code, out, err };
}

describe("-o -", () => {
  test("is refused by every writing command with one line; no file named \"-\" is written", async () => {
    const dash = path.resolve("-");
    expect(fs.existsSync(dash)).toBe(false);
    const line = "-o - is not supported: a workbook is a binary file and is not written to standard output. Name a file, e.g. -o OUT.xlsx.\n";
    for (const argv of [["template", "-o", "-"], ["fill", EXAMPLE, "-o", "-"], ["decree", EXAMPLE, "-o", "-"], ["template", "--output=-"]]) {
      const r = await run(argv);
      expect({ argv, code: r.code, err: r.err, out: r.out }).toEqual({ argv, code: 2, err: line, out: "" });
    }
    expect(fs.existsSync(dash)).toBe(false);
  });

  test("the usage says so", async () => {
    expect((await run(["--help"])).out).toContain('"-o -" is refused');
  });
});

describe("a sheet name over 31 characters", () => {
  test("validate, fill and decree print only their own lines; nothing else writes to the console", async () => {
    const parts = unzipSync(new Uint8Array(fs.readFileSync(EXAMPLE)));
    const long = "Rencana Aksi Dinas Koperasi dan Usaha Mikro 2022"; // 48 characters
    const wbXml = strFromU8(parts["xl/workbook.xml"]);
    const renamed = wbXml.replace(/(<sheet\b[^>]*\bname=")[^"]*"/, `$1${long}"`);
    expect(renamed).not.toBe(wbXml);
    parts["xl/workbook.xml"] = strToU8(renamed);
    const file = path.join(dir, "panjang.xlsx");
    fs.writeFileSync(file, zipSync(parts));

    const spies = [
      jest.spyOn(console, "log"), jest.spyOn(console, "warn"), jest.spyOn(console, "error"), jest.spyOn(console, "info"),
      jest.spyOn(process.stderr, "write"), jest.spyOn(process.stdout, "write"),
    ];
    const validate = await run(["validate", file]);
    expect(validate.code).toBeLessThanOrEqual(1);
    expect(validate.out).toContain(`Sheet "${long}"`);
    expect(validate.err).toBe("");
    const fill = await run(["fill", file, "-o", path.join(dir, "isi.xlsx")]);
    expect(fill.code).toBe(0);
    expect(fill.err).toBe("");
    const decree = await run(["decree", file, "-o", path.join(dir, "kep.xlsx")]);
    expect(decree.err.split("\n").filter(Boolean).every((l) => /^(warning|The decree metadata| {2}\w)/.test(l))).toBe(true);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

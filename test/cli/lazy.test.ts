import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { CliIO } from "../../src/cli/io";
import { bytesOf } from "../support/xlsx";

/**
 * `renaksi template`, `--version` and `--help` load neither the rules nor the worker pool (nor
 * the check they run): main.ts loads each command when it runs. Each case starts from an empty
 * module registry and lists the modules loaded after it (require.cache is Jest's registry).
 */
const SRC = path.join(__dirname, "..", "..", "src");
const HEAVY = ["cli/pool.ts", "cli/check.ts", "app/validate.ts", "core/rules/index.ts"].map((f) => path.join(SRC, ...f.split("/")));
/** The browser's zip codec: the CLI inflates and deflates with Node's zlib and never loads it. */
const FFLATE = [require.resolve("fflate"), path.join(SRC, "xlsx", "fflateCodec.ts")];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-lazy-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Run `renaksi ARGV` in a fresh module registry; the exit code and which of HEAVY it loaded. */
async function loadedBy(argv: string[]): Promise<{ code: number; heavy: string[]; fflate: boolean }> {
  let result = { code: -1, heavy: [] as string[], fflate: true };
  await jest.isolateModulesAsync(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { main } = require("../../src/cli/main") as typeof import("../../src/cli/main");
    const io: CliIO = { out: () => {}, err: () => {}, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
    const code = await main(argv, io);
    const keys = Object.keys(require.cache);
    result = { code, heavy: HEAVY.filter((f) => keys.includes(f)).map((f) => path.relative(SRC, f)), fflate: FFLATE.some((f) => keys.includes(f)) };
  });
  return result;
}

describe("the CLI loads what a command needs", () => {
  it("template writes its workbook without loading the rules or the pool", async () => {
    const r = await loadedBy(["template", "-o", path.join(dir, "ra.xlsx"), "--year", "2027"]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "ra.xlsx"))).toBe(true);
    expect(r.heavy).toEqual([]);
  });

  it("capaian reports without loading the rules or the pool", async () => {
    const file = path.join(dir, "plan.xlsx");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };
    const source = fs.readFileSync(path.join(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");
    fs.writeFileSync(file, await bytesOf(workbookFromSource(source)));
    const r = await loadedBy(["capaian", file, "--quarter", "1"]);
    expect(r.code).toBe(0);
    expect(r.heavy).toEqual([]);
  });

  it("--version and --help load neither", async () => {
    for (const argv of [["--version"], ["--help"]]) {
      const r = await loadedBy(argv);
      expect(r.code).toBe(0);
      expect(r.heavy).toEqual([]);
    }
  });

  it("validate loads them all (the registry sees them: the cases above can fail)", async () => {
    const file = path.join(dir, "ra.xlsx");
    expect((await loadedBy(["template", "-o", file])).code).toBe(0);
    const r = await loadedBy(["validate", file]);
    expect(r.code).toBe(3); // read and checked (not 2): a fresh template has nothing to check yet
    expect(r.heavy.sort()).toEqual(HEAVY.map((f) => path.relative(SRC, f)).sort());
  });

  it("reads and writes packages with Node's zlib: fflate is never loaded", async () => {
    const file = path.join(dir, "ra.xlsx");
    const written = await loadedBy(["template", "-o", file, "--year", "2027"]);
    expect(written).toMatchObject({ code: 0, fflate: false });
    const read = await loadedBy(["validate", file]);
    expect(read).toMatchObject({ code: 3, fflate: false });
    const filled = await loadedBy(["fill", file, "-o", path.join(dir, "filled.xlsx")]);
    expect(filled).toMatchObject({ code: 0, fflate: false });
    expect(fs.existsSync(path.join(dir, "filled.xlsx"))).toBe(true);
  });

  it("the registry sees fflate when the browser's entry is loaded (the case above can fail)", async () => {
    let seen = false;
    await jest.isolateModulesAsync(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/xlsx");
      seen = FFLATE.every((f) => Object.keys(require.cache).includes(f));
    });
    expect(seen).toBe(true);
  });
});

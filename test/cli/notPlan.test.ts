/**
 * `renaksi validate` on a workbook that holds no plan but a look-alike (a realisation table, a
 * spending list, a PK without quarters): exit 2 with one line saying what the table is, in the
 * language asked for; nothing of it is validated as a plan.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { t, type Lang } from "../../src/core/i18n";
import { bytesOf } from "../app/fillSupport";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

const read = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures/src", name), "utf8");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-notplan-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function write(name: string, source: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytesOf(workbookFromSource(source)));
  return file;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
  const code = await main(["validate", ...argv], io);
  return { code, out, err };
}

const CASES = [
  ["notplan-evaluasi-renja.tsv", "layout.notPlan.realisasi", "Evaluasi Renja"],
  ["notplan-belanja-rincian.tsv", "layout.notPlan.belanja", "Belanja"],
  ["notplan-pk-kabid.tsv", "layout.notPlan.tanpaTriwulan", "PK Kabid"],
] as const;

describe("renaksi validate: a table that is not a plan", () => {
  test.each(CASES.flatMap((c) => (["id", "en"] as Lang[]).map((lang) => [...c, lang] as const)))(
    "%s (%s, %s, %s): exit 2, the one-line reason, no findings",
    async (fixture, key, sheet, lang) => {
      const file = await write(fixture.replace(/\.tsv$/, `-${lang}.xlsx`), read(fixture));
      const reason = t(key, lang, { sheet });
      const r = await run([file, "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`${file}: ${reason}\n`);
      const json = await run([file, "--json", "--lang", lang]);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.out)).toEqual({ files: [{ file, error: reason }] });
    },
  );

  it("the realisation message says it belongs to monitoring and is not validated as a plan", () => {
    expect(t("layout.notPlan.realisasi", "en", { sheet: "X" })).toMatch(/realisation\/evaluation table.*monitoring.*nothing of it is validated as a plan/);
    expect(t("layout.notPlan.realisasi", "id", { sheet: "X" })).toMatch(/tabel realisasi\/evaluasi.*pemantauan.*tidak diperiksa sebagai rencana/);
  });

  it("a workbook with a plan beside its realisation sheet is validated as usual", async () => {
    const plan = read("rules-clean-units.tsv");
    const file = await write("rencana-dan-monev.xlsx", `${read("notplan-evaluasi-monev.tsv")}\n${plan}`);
    const r = await run([file, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).tables.map((x: { sheet: string }) => x.sheet)).toEqual(["Rencana Aksi"]);
  });
});

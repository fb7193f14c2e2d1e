/**
 * Nothing lost at the command line: template, fill and decree leave their input
 * as it was, never replace an existing output without --force, leave no
 * temporary file; and the text report copes with very many findings.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { openWorkbookFile } from "../../src/cli/open";
import { fileText } from "../../src/cli/report";
import type { Finding } from "../../src/core/finding";
import type { Lang } from "../../src/core/i18n";
import { t } from "../../src/xlsx/messages";
import { planBytes } from "./support/badFiles";
import { runCli } from "./support/cliRun";

const ROOT = path.resolve(__dirname, "../..");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-out-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const run = (argv: string[]) => runCli(argv, dir);

describe("the writing commands never lose a file", () => {
  test("template refuses to replace an existing OUT without --force (both languages), replaces it with --force", async () => {
    const out = path.join(dir, "templat.xlsx");
    fs.writeFileSync(out, "isi lama");
    for (const lang of ["id", "en"] as Lang[]) {
      const r = await run(["template", "-o", out, "--year", "2027", "--lang", lang]);
      expect(r).toEqual({ code: 2, out: "", err: `${t("file.exists", lang, { path: out })}\n` });
      expect(fs.readFileSync(out, "utf8")).toBe("isi lama");
    }
    expect((await run(["template", "-o", out, "--year", "2027", "--force"])).code).toBe(0);
    expect((await openWorkbookFile(out)).ok).toBe(true);
  });

  test("template, fill and decree leave their input as it was and no temporary file behind", async () => {
    const plan = path.join(dir, "rencana.xlsx");
    fs.writeFileSync(plan, await planBytes());
    const bytes = fs.readFileSync(plan);
    const meta = path.join(ROOT, "test/fixtures/meta/dinkop-nganjuk-2022.json");
    expect((await run(["fill", plan, "-o", path.join(dir, "isi.xlsx")])).code).toBe(0);
    expect((await run(["decree", plan, "--meta", meta, "-o", path.join(dir, "keputusan.xlsx")])).code).toBe(0);
    expect((await run(["template", "-o", path.join(dir, "templat-baru.xlsx"), "--year", "2027"])).code).toBe(0);
    expect(fs.readFileSync(plan).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

// Regression: the report once measured its address column with Math.max(6, ...findings.map(...)),
// which overflowed the stack above about 120,000 findings on one sheet.
test("the text report of a sheet with 200,000 findings is printed", () => {
  const finding: Finding = {
    rule: "percent.unreadable", severity: "error", sheet: "Lampiran", range: { top: 9, left: 5, bottom: 9, right: 5 },
    message: { id: "tidak terbaca", en: "unreadable" },
  };
  const counts = { sasaran: 1, program: 1, kegiatan: 1, subKegiatan: 1, indikator: 1, aksi: 0 };
  const table = { sheet: "Lampiran", range: "A1:J200000", headerRows: 1, columns: {}, genre: "nomenklatur" as const, year: 2024, office: null, counts };
  const text = fileText({ file: "besar.xlsx", ok: true, tables: [table], findings: Array<Finding>(200_000).fill(finding) }, "en", false);
  // One rule saying one thing on 200,000 cells is one entry: its message once, its cells clipped with a count.
  expect(text).toContain("percent.unreadable ×200,000: F10, F10");
  expect(text.split("\n").length).toBeLessThan(10);
});

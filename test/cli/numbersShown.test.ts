/**
 * A target of 12000 formatted #,##0, as the CLI tells and writes it. Messages quote a cell as
 * the report's language writes numbers ("12.000" in Indonesian, where "12,000" reads as
 * twelve; "12,000" in English), also from the worker threads of a folder; the monitoring
 * sheet and the printed capaian report hold the number itself in the plan's format, so each
 * reader's Excel shows it in its own notation.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadWorkbook } from "../../src/xlsx/load";
import { runCli } from "../reliability/support/cliRun";
import { smallPlanBytes } from "../xlsx/pkg/pkgHelpers";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-numbers-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A plan of 2026 whose second indicator (12000 Dokumen, #,##0) has no quarterly targets. */
async function planFile(name: string): Promise<string> {
  const bytes = await smallPlanBytes(
    [
      [1, "Meningkatnya pelayanan", "Jumlah laporan yang disusun", "Laporan", 8, 2, 4, 6, 8],
      [2, "Meningkatnya pelayanan", "Jumlah dokumen yang diterbitkan", "Dokumen", 12000],
    ],
    (ws) => (ws.getCell("E5").numFmt = "#,##0"),
  );
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The messages of a validate --json document (one file, or every file of a folder). */
function messages(json: string): string[] {
  const doc = JSON.parse(json) as { findings?: { message: string }[]; files?: { findings?: { message: string }[] }[] };
  const files = doc.files ?? [doc];
  return files.flatMap((f) => (f.findings ?? []).map((x) => x.message));
}

const quoting = (all: string[], text: string) => all.filter((m) => m.includes(`"${text} Dokumen"`)).length;

describe("a target of 12000 formatted #,##0", () => {
  it.each([["id", "12.000", "12,000"], ["en", "12,000", "12.000"]] as const)("is quoted in %s messages as %s", async (lang, shown, other) => {
    const file = await planFile("rencana.xlsx");
    const r = await runCli(["validate", file, "--json", "--lang", lang], dir);
    const all = messages(r.out);
    expect(quoting(all, shown)).toBeGreaterThan(0);
    expect(quoting(all, other)).toBe(0);
  });

  it("is quoted so by the worker threads of a folder too", async () => {
    await planFile("a.xlsx");
    await planFile("b.xlsx");
    const bin = path.join(__dirname, "..", "..", "bin", "renaksi.js");
    const r = spawnSync(process.execPath, [bin, "validate", dir, "--json", "--jobs", "2"], { encoding: "utf8", env: { ...process.env, RENAKSI_LANG: "id" } });
    const all = messages(r.stdout);
    expect(JSON.parse(r.stdout).files).toHaveLength(2);
    expect(quoting(all, "12.000")).toBe(2);
    expect(quoting(all, "12,000")).toBe(0);
  });

  it("is the number itself, in its format, on the monitoring sheet and in the printed capaian report", async () => {
    const input = await planFile("rencana.xlsx");
    const output = path.join(dir, "capaian.xlsx");
    expect((await runCli(["capaian", input, "--quarter", "1", "-o", output], dir)).code).toBe(0);
    const loaded = loadWorkbook(new Uint8Array(fs.readFileSync(output)));
    if (!loaded.ok) throw new Error(loaded.message.en);
    const sheets = await loaded.workbook.sheets();
    for (const sheet of [sheets.find((s) => s.startsWith("Pemantauan")), "Capaian TW 1"]) {
      const grid = await loaded.workbook.readGrid(sheet ?? "");
      const row = grid.values.findIndex((r) => r.some((v) => typeof v === "string" && v.includes("Jumlah dokumen yang diterbitkan")));
      const header = grid.values.findIndex((r) => r.includes("Target Tahunan"));
      expect({ sheet, row: row >= 0, header: header >= 0 }).toEqual({ sheet, row: true, header: true });
      const col = grid.values[header].indexOf("Target Tahunan");
      expect({ sheet, value: grid.values[row][col], format: grid.formats[row][col] }).toEqual({ sheet, value: 12000, format: "#,##0" });
    }
  });
});

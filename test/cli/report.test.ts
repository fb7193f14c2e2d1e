import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fileText, findingJson } from "../../src/cli/report";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { CELLS_SHOWN, TEXT_WIDTH, wrap } from "../../src/cli/findingLines";
import type { Finding } from "../../src/core/finding";
import type { TableSummary } from "../../src/core/analyze";

const counts = { sasaran: 1, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 3, aksi: 3 };
const table = {
  sheet: "Lampiran I", range: "A6:L40", headerRows: 2, columns: {}, genre: "pk", year: 2026, office: "Dinas Perhubungan", counts,
} as unknown as TableSummary;

const HINT = {
  id: "Tulis jumlah lalu satuan, mis. \"12 Bulan\", \"7 Dokumen\", \"14.250 Orang\", \"100%\" (atau jumlah di kolom Target dan satuan di kolom Satuan).",
  en: "Write a quantity then a unit, e.g. \"12 Bulan\", \"7 Dokumen\", \"14.250 Orang\", \"100%\" (or the quantity in the Target column and the unit in the Satuan column).",
};

/** target.noUnit on F{row}, quoting the row's own value. */
const noUnit = (row: number, value = "85", sheet = "Lampiran I"): Finding => ({
  rule: "target.noUnit", severity: "error", sheet, range: { top: row - 1, left: 5, bottom: row - 1, right: 5 }, key: "rules.target.noUnit",
  message: { id: `Target "${value}" tidak bersatuan.`, en: `Target "${value}" has no unit.` }, hint: HINT,
});
const spelling = (row: number): Finding => ({
  rule: "spelling.nonStandard", severity: "warning", sheet: "Lampiran I", range: { top: row - 1, left: 2, bottom: row - 1, right: 2 },
  key: "rules.spelling.nonStandard", message: { id: "Ejaan tidak baku: Prosentase → Persentase.", en: "Non-standard spelling: Prosentase → Persentase." },
  hint: { id: "Gunakan bentuk baku (KBBI).", en: "Use the standard form (KBBI)." },
});

const report = (findings: Finding[], lang: "id" | "en" = "en") =>
  fileText({ file: "plan.xlsx", ok: true, tables: [table], findings }, lang, false).split("\n");

/**
 * The column where an entry's message starts: after the address column and the severity, read
 * off the entry's first line (the line starting with its address), not assumed.
 */
function messageColumn(lines: string[], address: string, message: string): number {
  const line = lines.find((l) => l.trimStart().startsWith(`${address} `) && l.includes(message));
  if (!line) throw new Error(`no entry line for ${address}`);
  return line.indexOf(message);
}

describe("text report: one entry per problem", () => {
  it("says a rule that fires on several rows once, with its cells, the hint once; a single finding as one line", () => {
    const lines = report([spelling(8), noUnit(8), noUnit(9), noUnit(12)]);
    expect(lines.filter((l) => l.includes("has no unit"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("Write a quantity"))).toHaveLength(1);
    // The group's line stands under the message, past the address column and the severity.
    const column = messageColumn(lines, "F8", "Target \"85\" has no unit.");
    expect(lines).toContain(`${" ".repeat(column)}target.noUnit ×3: F8, F9, F12`);
    // Both entries' messages start in one column (the address column is as wide as its widest address).
    expect(messageColumn(lines, "C8", "Non-standard spelling")).toBe(column);
    // The first cell stands in the address column; the spelling finding is one line with its hint after it.
    expect(lines.some((l) => /^ {4}F8 +error +Target "85" has no unit\.$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {4}C8 +warning +Non-standard spelling: Prosentase → Persentase\. \(Use the standard form \(KBBI\)\.\)$/.test(l))).toBe(true);
    // Sheet order of first appearance: C8 before F8.
    expect(lines.findIndex((l) => l.includes("C8"))).toBeLessThan(lines.findIndex((l) => l.includes("F8 ")));
    // The counts still count cells.
    expect(lines).toContain("  3 errors, 1 warning, 0 info");
  });

  it("shows the first message with \"e.g.\" when the others quote other values", () => {
    const en = report([noUnit(8, "85"), noUnit(9, "90")]);
    expect(en.some((l) => l.includes("e.g. Target \"85\" has no unit."))).toBe(true);
    expect(en.some((l) => l.includes("\"90\""))).toBe(false);
    expect(report([noUnit(8, "85"), noUnit(9, "90")], "id").some((l) => l.includes("mis. Target \"85\" tidak bersatuan."))).toBe(true);
  });

  it("clips a long list of cells with the count of the rest", () => {
    const rows = Array.from({ length: 35 }, (_, i) => noUnit(8 + i));
    const lines = report(rows);
    const cells = lines.find((l) => l.includes("×35"))!;
    // The rest are counted as findings, many of them ranges (G20:J20): "more", not "more cells".
    expect(cells.trim()).toBe(`target.noUnit ×35: ${rows.slice(0, CELLS_SHOWN).map((_, i) => `F${8 + i}`).join(", ")} … and ${35 - CELLS_SHOWN} more`);
    expect(report(rows, "id").some((l) => l.endsWith(`… dan ${35 - CELLS_SHOWN} lagi`))).toBe(true);
  });

  it("keeps lines readable: a long hint goes under the message, long text wraps", () => {
    const long: Finding = { ...noUnit(8), message: { id: "x", en: `Target "85" ${"is far too long to read on one line ".repeat(6)}` } };
    const lines = report([long]);
    const column = messageColumn(lines, "F8", "Target \"85\"");
    for (const l of lines.slice(2)) expect(l.length).toBeLessThanOrEqual(column + TEXT_WIDTH);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.some((l) => l.trim().startsWith("Suggestion: Write a quantity"))).toBe(true);
  });

  it("names the sheet of a finding outside every table as a person reads it; the group's cells alone", () => {
    const lines = report([noUnit(12, "85", "Lampiran II"), noUnit(13, "85", "Lampiran II")]);
    expect(lines.some((l) => l.startsWith("  Lampiran II, cell F12 ") && l.includes("has no unit"))).toBe(true);
    expect(lines.some((l) => l.trim() === "target.noUnit ×2: F12, F13")).toBe(true);
    expect(lines.join("\n")).not.toContain("'Lampiran II'!");
    const range = { ...noUnit(20, "85", "Lampiran II"), key: "rules.target.other", range: { top: 19, left: 6, bottom: 19, right: 9 } };
    const id = report([noUnit(12, "85", "Lampiran II"), range], "id");
    expect(id.some((l) => l.startsWith("  Lampiran II, sel F12 "))).toBe(true);
    expect(id.some((l) => l.startsWith("  Lampiran II, sel G20:J20 "))).toBe(true);
    expect(report([range]).some((l) => l.startsWith("  Lampiran II, cells G20:J20 "))).toBe(true);
  });

  it("--json keeps the sheet and the cell apart, as before", () => {
    const j = findingJson(noUnit(12, "85", "Lampiran II"), "en");
    expect(j).toMatchObject({ sheet: "Lampiran II", cell: "F12" });
  });

  it("--json carries a finding's suggestion under the key \"suggestion\", and no such key without one", () => {
    const named = { ...noUnit(12), suggestion: "Penyediaan Gaji dan Tunjangan ASN" };
    expect(findingJson(named, "id").suggestion).toBe("Penyediaan Gaji dan Tunjangan ASN");
    expect("suggestion" in findingJson(noUnit(12), "id")).toBe(false);
  });

  it("200,000 findings of one rule are one entry (no stack overflow on the address column)", () => {
    const lines = report(Array<Finding>(200_000).fill(noUnit(10)), "id");
    expect(lines.some((l) => l.includes("target.noUnit ×200.000: F10"))).toBe(true);
    expect(lines.length).toBeLessThan(10);
  });
});

describe("text report: the verdict", () => {
  const empty = { ...table, counts: { sasaran: 0, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 0, aksi: 0 } };
  const verdictLine = (tables: TableSummary[], findings: Finding[], lang: "id" | "en") =>
    fileText({ file: "plan.xlsx", ok: true, tables, findings }, lang, false).trimEnd().split("\n").at(-1);

  it("says a plan without any indicator is empty, never ready to adopt", () => {
    expect(verdictLine([empty], [], "id")).toBe("  0 kesalahan, 0 peringatan, 0 info - Kosong: belum ada yang diperiksa.");
    expect(verdictLine([empty], [spelling(8)], "en")).toBe("  0 errors, 1 warning, 0 info - Empty: nothing to check yet.");
  });

  it("says a plan with indicators and no error is ready; errors say nothing more than their count", () => {
    expect(verdictLine([table], [spelling(8)], "en")).toBe("  0 errors, 1 warning, 0 info - No errors: ready to adopt.");
    expect(verdictLine([empty, table], [], "id")).toBe("  0 kesalahan, 0 peringatan, 0 info - Tidak ada kesalahan: siap ditetapkan.");
    expect(verdictLine([empty], [noUnit(8)], "en")).toBe("  1 error, 0 warnings, 0 info");
  });

  it("renaksi validate on a fresh template: empty, in both languages", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-report-"));
    try {
      const run = async (argv: string[]) => {
        let out = "";
        const io: CliIO = { out: (x) => (out += x), err: () => undefined, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
        return { code: await main(argv, io), out };
      };
      const file = path.join(dir, "ra.xlsx");
      expect((await run(["template", "-o", file, "--year", "2027"])).code).toBe(0);
      const id = await run(["validate", file, "--lang", "id"]);
      expect(id.out).toContain("Kosong: belum ada yang diperiksa.");
      expect(id.out).not.toContain("siap ditetapkan");
      expect(id.code).toBe(3); // nothing to check: neither "no error" (0) nor "errors found" (1)
      const en = await run(["validate", file, "--lang", "en"]);
      expect(en.out).toContain("Empty: nothing to check yet.");
      expect(en.out).not.toContain("ready to adopt");
      expect(en.code).toBe(3);
      expect((await run(["validate", file, "--json"])).code).toBe(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("wrap", () => {
  it("cuts at spaces, keeps a word longer than the width whole", () => {
    expect(wrap("a bb ccc dddd", 6)).toEqual(["a bb", "ccc", "dddd"]);
    expect(wrap("short", 10)).toEqual(["short"]);
    expect(wrap("x averyveryverylongword y", 5)).toEqual(["x", "averyveryverylongword", "y"]);
  });
});

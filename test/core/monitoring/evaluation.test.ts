/**
 * An office's own evaluation tables read as monitoring data: each capaian recomputed from its
 * target and realisasi; a figure no formula in use gives is a finding on its cell.
 */
import * as fs from "fs";
import * as path from "path";
import { gridsFromSource } from "../../support/sourceGrid";
import { checkEvaluations } from "../../../src/core/monitoring";

const read = (p: string) => fs.readFileSync(path.join(__dirname, "../../fixtures", p), "utf8");
const RENJA_REAL = read("real/bukan-evaluasi-renja-dpmptsp-2025.tsv");

describe("evaluation tables", () => {
  it.each([
    ["real/bukan-evaluasi-renja-dpmptsp-2025.tsv", 4],
    ["src/notplan-evaluasi-renja.tsv", 8],
    ["src/notplan-evaluasi-capaian.tsv", 4],
    ["src/notplan-evaluasi-monev.tsv", 4],
  ])("%s: every capaian recomputed, all right (silent)", (file, rows) => {
    const checks = checkEvaluations(gridsFromSource(read(file)));
    expect(checks.map((c) => [c.rows, c.findings.length])).toEqual([[rows, 0]]);
  });

  it("a capaian the table's own figures do not give is a warning on its cell", () => {
    // 97 % of 95 % is 102,11 %; the office wrote 97,94 (R/T the other way round).
    const wrong = RENJA_REAL.replace("\t102,11\t", "\t97,94\t");
    const [check] = checkEvaluations(gridsFromSource(wrong));
    expect(check.findings).toHaveLength(1);
    const f = check.findings[0];
    expect(f).toMatchObject({ rule: "realisasi.formula", severity: "warning", sheet: "Evaluasi Renja", range: { top: 7, left: 16 } });
    expect(f.message.id).toBe("Capaian tertulis 97,94%, padahal dari target 95 dan realisasi 97 hasilnya 102,11% (R/T): rumus atau angka capaian tabel ini perlu diperiksa.");
  });

  it("a capaian written rounded to fewer decimals is right within its last digit", () => {
    // 102,11 % written as 102 is right; written as 103 it is not.
    expect(checkEvaluations(gridsFromSource(RENJA_REAL.replace("\t102,11\t", "\t102\t")))[0].findings).toEqual([]);
    expect(checkEvaluations(gridsFromSource(RENJA_REAL.replace("\t102,11\t", "\t103\t")))[0].findings).toHaveLength(1);
    // With two decimals the allowance is a few hundredths: 102,31 is wrong.
    expect(checkEvaluations(gridsFromSource(RENJA_REAL.replace("\t102,11\t", "\t102,31\t")))[0].findings).toHaveLength(1);
  });

  it("plans are no evaluation tables", () => {
    expect(checkEvaluations(gridsFromSource(read("monitoring/plan-mixed-2026.tsv")))).toEqual([]);
  });
});

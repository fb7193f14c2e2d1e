import { gridsFromFile } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { validateAnalysis } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/finding";
import { where, withRule } from "./support";

/** Every problem DOMAIN.md lists under "What is wrong in the seed", asserted by rule and cell. */
describe("the seed's Lampiran", () => {
  const findings = validateAnalysis(analyzeGrids(gridsFromFile("examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv")));
  const at = (rule: string, a1: string): Finding => {
    const f = findings.find((x) => where([x])[0] === `${rule}@${a1}`);
    if (!f) throw new Error(`no ${rule} at ${a1}; found ${where(withRule(findings, rule)).join(", ")}`);
    return f;
  };

  it("is not ready to adopt", () => {
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    expect(findings.every((f) => f.sheet === "Lampiran I")).toBe(true);
  });

  it("reports the second \"Sasaran 1\" (should be 2) and the third Sasaran (should be 3)", () => {
    expect(at("numbering.sasaranDuplicate", "A46").message.en).toContain("it should be \"Sasaran 2\"");
    expect(at("numbering.sasaranSequence", "A54").message.en).toContain("it should be \"Sasaran 3\"");
  });

  it("reports Program numbering mixing \"1.\" and \"1)\"", () => {
    expect(at("numbering.mixedStyle", "B11").message.en).toContain("\"1.\"");
  });

  it("reports Kegiatan C and D with one name, and D's sub kegiatan belonging to Administrasi Kepegawaian", () => {
    expect(at("nomenclature.duplicateName", "D21").message.en).toContain("at D19");
    expect(at("nomenclature.wrongKegiatan", "D22").message.en).toContain("\"Administrasi Kepegawaian Perangkat Daerah\"");
  });

  it("reports 21,25% four times summing to 85%, and 0,5% 11,2% 4,8% - summing to 16,5%", () => {
    expect(at("percent.noConvention", "G20:J20").message.id).toContain("21,25 % ×4: jumlahnya 85%");
    expect(at("percent.noConvention", "G27:J27").message.en).toContain("21,25% ×4: sums to 85%");
    expect(at("percent.noConvention", "G46:J46").message.id).toContain("0,5% / 11,2% / 4,8% / -: jumlahnya 16,5%");
  });

  it("reports the garbled cells, quoting them, and the bare \"2\"", () => {
    expect(at("percent.unreadable", "J13").message.en).toContain("\"21,25 5%\"");
    expect(at("percent.unreadable", "K11").message.en).toContain("\"2 1,25 5 %\"");
    expect(at("percent.unreadable", "G11").message.en).toContain("\"21,2 5%\"");
    expect(at("percent.unreadable", "G17").severity).toBe("error"); // Kegiatan B's header row
    expect(at("percent.mixedUnits", "K20:L20").message.en).toContain("\"2\", \"2\"");
    expect(at("percent.noConvention", "K20:N20").message.en).toContain("sums to 46.5%");
  });

  it("reports the Kegiatan rows with no indicator and no target (B, C, E, F, G, H)", () => {
    for (const cell of ["D17", "D19", "D23", "D31", "D36", "D40"]) {
      expect(at("hierarchy.kegiatanNoIndicator", cell).severity).toBe("warning");
    }
  });

  it("reports \"Persentase Koperasi yang diawasi\" without a percentage target: \"100 Unit Usaha\" is its Kegiatan indicator's", () => {
    // The row's target belongs to the row's own indicator, "Jumlah Koperasi yang diawasi" (a count: right);
    // the Program's percentage has no target of its own. A warning: the plan does not contradict itself.
    const f = at("target.percentNoTarget", "C46:F46");
    expect(f.severity).toBe("warning");
    expect(f.message.en).toContain("\"100 Unit Usaha\", belongs to the row's indicator \"Jumlah Koperasi yang diawasi\"");
    expect(f.hint?.en).not.toContain("rename the indicator");
    expect(withRule(findings, "target.percentUnit")).toEqual([]);
  });

  it("reports the non-standard spellings", () => {
    expect(at("spelling.nonStandard", "C49").message.en).toContain("Prosentase → Persentase");
    expect(at("spelling.nonStandard", "C52").message.en).toContain("Prosentase → Persentase");
    expect(at("spelling.nonStandard", "E11").message.en).toContain("Tersediannya → Tersedianya");
    expect(at("spelling.nonStandard", "E35").message.en).toContain("Tersediannya → Tersedianya");
    expect(at("spelling.nonStandard", "E14").message.en).toContain("Trelaksananya → Terlaksananya");
  });

  it("reports the kegiatan target 262 Unit Usaha summed from 250 + 12 Koperasi", () => {
    const f = at("target.levelDoubleCount", "F49");
    expect(f.message.en).toContain("(250 Koperasi + 12 Koperasi)");
    expect(f.message.en).toContain("expected 250");
  });

  it("warns about indicator rows without quarterly targets, not as errors", () => {
    const none = withRule(findings, "percent.noQuarters");
    expect(none.length).toBeGreaterThan(5);
    expect(none.every((f) => f.severity === "warning")).toBe(true);
    expect(where(none)).toContain("percent.noQuarters@G60:N60");
  });
});

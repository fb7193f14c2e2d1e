import { analyzeGrids } from "../../../src/core/analyze";
import { buildContext } from "../../../src/core/rules";
import { gridsFromSource } from "../../support/sourceGrid";
import { targetsRule } from "../../../src/core/rules/targets";
import { levelSumRule } from "../../../src/core/rules/levelSum";
import { countsSameThing } from "../../../src/core/rules/similar";
import { unitFamily } from "../../../src/core/rules/units";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, fixture, inCategory, inject, planOf, where } from "./support";

const targetsOf = (source: string) => {
  const ctx = buildContext(planOf(source));
  return [...targetsRule(ctx), ...levelSumRule(ctx)];
};

describe("target rules", () => {
  it("are silent on clean plans (one cell, Volume + Satuan, percent targets)", () => {
    expect(where(targetsOf(CLEAN))).toEqual([]);
    expect(where(targetsOf(CLEAN_UNITS))).toEqual([]);
    expect(where(targetsOf(fixture("rules-clean-text.tsv")))).toEqual([]);
  });

  it("report a target that cannot be read, quoting it", () => {
    const found = inCategory(findingsOf(inject(CLEAN, "24 Kali", "2 4 Kali")), "target");
    expect(where(found)).toEqual(["target.unreadable@G16"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toBe("Target \"2 4 Kali\" cannot be read as a quantity and a unit.");
    expect(found[0].hint?.en).toContain("12 Bulan");
  });

  it("report a missing quantity or unit in one cell", () => {
    expect(where(targetsOf(inject(CLEAN, "15 Ruas", "Ruas")))).toEqual(["target.noQuantity@G19"]);
    expect(where(targetsOf(inject(CLEAN, "2 Terminal", "2")))).toEqual(["target.noUnit@G23"]);
  });

  it("report an Excel error in a target cell as unreadable, with a sensible example, never the error as a unit", () => {
    // The sheet's value is the error itself, {error: "#VALUE!"}, shown as "#VALUE!".
    const [grid] = gridsFromSource(inject(CLEAN, "15 Ruas", "x"));
    const r = grid.values.findIndex((row) => row.includes("x"));
    const c = grid.values[r].indexOf("x");
    grid.values[r][c] = { error: "#VALUE!" };
    grid.text[r][c] = "#VALUE!";
    const [plan] = analyzeGrids([grid]).plans;
    const found = targetsRule(buildContext(plan));
    expect(where(found)).toEqual(["target.unreadable@G19"]);
    expect(found[0].message.en).toBe("Target \"#VALUE!\" cannot be read as a quantity and a unit.");
    for (const lang of ["id", "en"] as const) {
      expect(found[0].hint?.[lang]).toContain("\"12 Dokumen\"");
      expect(found[0].hint?.[lang]).not.toContain("#VALUE!");
    }
    // The same text typed, and an error in a Satuan column, read the same way.
    expect(where(targetsOf(inject(CLEAN, "15 Ruas", "#REF!")))).toEqual(["target.unreadable@G19"]);
    const satuan = targetsOf(inject(CLEAN_UNITS, "disusun\t2\tDokumen", "disusun\t2\t#N/A"));
    expect(satuan.map((f) => f.rule)).toEqual(["target.unreadable"]);
    expect(satuan[0].hint?.en).toContain("\"25%\"");
  });

  it("a target without a quantity quotes its unit in the example only when it is a word", () => {
    const ruas = targetsOf(inject(CLEAN, "15 Ruas", "Ruas"));
    expect(ruas[0].message.en).toBe("Target \"Ruas\" has no quantity; expected e.g. \"12 Ruas\".");
    const odd = targetsOf(inject(CLEAN, "15 Ruas", "(?)"));
    expect(where(odd)).toEqual(["target.noQuantity@G19"]);
    expect(odd[0].message.en).toBe("Target \"(?)\" has no quantity; expected e.g. \"12 Dokumen\" or \"25%\".");
    expect(odd[0].message.id).toBe("Target \"(?)\" tidak memuat jumlah; diharapkan mis. \"12 Dokumen\" atau \"25%\".");
  });

  it("read Volume + Satuan columns and report what is missing there", () => {
    expect(where(targetsOf(inject(CLEAN_UNITS, "250\tOrang", "250\t")))).toEqual(["target.noUnit@E19"]);
    const found = targetsOf(inject(CLEAN_UNITS, "disusun\t2\tDokumen", "disusun\t\tDokumen"));
    expect(where(found)).toEqual(["target.noQuantity@E10"]);
    expect(found[0].message.en).toContain("e.g. \"12 Dokumen\"");
  });

  it("report more than 12 Bulan", () => {
    const found = targetsOf(inject(CLEAN, "Jumlah bulan operasional terminal\t12 Bulan", "Jumlah bulan operasional terminal\t14 Bulan"));
    expect(where(found)).toEqual(["target.months@G25"]);
    expect(found[0].message.id).toContain("\"14 Bulan\" melebihi 12 bulan");
  });

  it("report a percentage indicator whose own target is not in % (error), over the indicator and the target", () => {
    const found = targetsOf(inject(CLEAN, "Jumlah rambu lalu lintas yang diadakan", "Persentase rambu lalu lintas yang diadakan"));
    expect(where(found)).toEqual(["target.percentUnit@F20:G20"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toBe("Indicator \"Persentase rambu lalu lintas yang diadakan\" is a percentage but its target \"120 Unit\" is not in percent.");
  });

  it("report it as a warning when the target is its row's and the row's indicator counts the same thing", () => {
    // A Program indicator "Persentase X" beside a row indicator "Jumlah X" whose target is a count (the seed's row 46).
    const lines = CLEAN.split("\n");
    const p = lines.findIndex((l) => l.includes("1. Program Penyelenggaraan Lalu Lintas"));
    const program = lines[p].split("\t");
    const kegiatan = lines[p + 1].split("\t");
    const row = (indicator: string) => {
      const copy = lines.slice();
      copy.splice(p, 2, [...program.slice(0, 3), indicator, ...kegiatan.slice(4)].join("\t"));
      return copy.join("\n");
    };
    const found = targetsOf(row("Persentase ruas jalan dengan perlengkapan jalan memadai"));
    expect(where(found)).toEqual(["target.percentUnit@D18:G18"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toContain("the target on its row, \"15 Ruas\"");
    expect(where(targetsOf(row("Persentase fasilitas perlengkapan jalan dalam kondisi baik")))).toEqual([]);
  });

  it("accept percentage indicators with % targets in either column layout", () => {
    expect(where(targetsOf(inject(CLEAN_UNITS, "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha", "Persentase usaha mikro yang naik kelas\t20\t%")))).toEqual([]);
  });
});

describe("sums across levels", () => {
  it("warn when a kegiatan adds up sub kegiatan that count different things (262 = 250 + 12)", () => {
    const src = inject(inject(CLEAN_UNITS, "Jumlah usaha mikro yang didampingi", "Jumlah usaha mikro yang didata"), "250\tOrang", "250\tKoperasi");
    const found = targetsOf(src);
    expect(where(found)).toEqual(["target.levelDoubleCount@E17"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toContain("(1000 Unit Usaha + 250 Koperasi)");
    expect(found[0].message.en).toContain("expected 1,000");
  });

  it("give info when a kegiatan target differs from the sum of same-family sub kegiatan targets", () => {
    const found = targetsOf(inject(CLEAN_UNITS, "250\tOrang", "200\tUnit Usaha"));
    expect(where(found)).toEqual(["target.levelSum@E17"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message.en).toContain("1000 Unit Usaha + 200 Unit Usaha = 1,200");
  });

  it("stay silent when a sub kegiatan counts what the kegiatan counts, or units differ in kind", () => {
    expect(where(targetsOf(inject(CLEAN_UNITS, "250\tOrang", "200\tUnit Usaha").replace("Jumlah usaha mikro yang didampingi\t1250", "Jumlah usaha mikro yang didata\t1000")))).toEqual([]);
    expect(where(targetsOf(CLEAN_UNITS))).toEqual([]);
  });

  it("group units by what they count and indicators by their words", () => {
    expect(unitFamily("Koperasi")).toBe(unitFamily("Unit Usaha"));
    expect(unitFamily("Orang")).not.toBe(unitFamily("Unit"));
    expect(countsSameThing("Jumlah Koperasi yang dinilai", "Jumlah koperasi yang dinilai kesehatannya")).toBe(true);
    expect(countsSameThing("Persentase Koperasi yang diawasi", "Jumlah Koperasi yang diawasi")).toBe(true);
    expect(countsSameThing("Jumlah Koperasi yang dinilai", "Jumlah koperasi yang mendapatkan penghargaan Kesehatan")).toBe(false);
    expect(countsSameThing("Persentase layanan tepat waktu", "Jumlah rapat koordinasi")).toBe(false);
  });
});

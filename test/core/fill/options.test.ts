import { fillOptionsProblem, parseColumns, parseStrategy } from "../../../src/core/fill";

describe("fill options", () => {
  it("reads strategies as written on the command line", () => {
    expect(parseStrategy("auto")).toEqual({ ok: true, value: { kind: "auto" } });
    expect(parseStrategy(" Even ")).toEqual({ ok: true, value: { kind: "even" } });
    expect(parseStrategy("months")).toEqual({ ok: true, value: { kind: "months" } });
    expect(parseStrategy("months:3")).toEqual({ ok: true, value: { kind: "months", startQuarter: 3 } });
    expect(parseStrategy("copy")).toEqual({ ok: true, value: { kind: "copy" } });
    expect(parseStrategy("weights:10,20,30,40")).toEqual({ ok: true, value: { kind: "weights", weights: [10, 20, 30, 40] } });
    expect(parseStrategy("weights:1/1/2.5/0")).toEqual({ ok: true, value: { kind: "weights", weights: [1, 1, 2.5, 0] } });
  });

  it("explains unusable strategies in both languages", () => {
    for (const bad of ["weights:10,20,30", "weights:0,0,0,0", "weights:a,b,c,d", "weights:1,,2,3", "months:5", "copy:2", "spread", ""]) {
      const r = parseStrategy(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem.id).not.toBe("");
        expect(r.problem.en).not.toBe(r.problem.id);
      }
    }
  });

  it("reads columns", () => {
    expect(parseColumns("Kinerja")).toEqual({ ok: true, value: "kinerja" });
    expect(parseColumns("both")).toEqual({ ok: true, value: "both" });
    expect(parseColumns("semua").ok).toBe(false);
  });

  it("checks options built in code", () => {
    expect(fillOptionsProblem({ strategy: { kind: "even" }, columns: "both", overwrite: false })).toBeNull();
    expect(fillOptionsProblem({ strategy: { kind: "weights", weights: [1, 2] }, columns: "both", overwrite: false })).not.toBeNull();
    expect(fillOptionsProblem({ strategy: { kind: "months", startQuarter: 0 as 1 }, columns: "both", overwrite: false })).not.toBeNull();
    expect(fillOptionsProblem({ strategy: { kind: "even" }, columns: "semua" as "both", overwrite: false })).not.toBeNull();
  });
});

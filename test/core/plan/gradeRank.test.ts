import { gradeRank, gradesNeverFall } from "../../../src/core/plan/gradeRank";

describe("gradeRank", () => {
  it("orders the grades of one scale, + and - around the grade", () => {
    const rank = (g: string): number => gradeRank(g)!.rank;
    expect(rank("C")).toBeLessThan(rank("CC"));
    expect(rank("CC")).toBeLessThan(rank("B"));
    expect(rank("B")).toBeLessThan(rank("BB"));
    expect(rank("BB")).toBeLessThan(rank("A"));
    expect(rank("A")).toBeLessThan(rank("AA"));
    expect(rank("B-")).toBeLessThan(rank("B"));
    expect(rank("B+")).toBeLessThan(rank("BB"));
    expect(rank("WDP")).toBeLessThan(rank("WTP"));
    expect(rank("Baik Sekali")).toBe(rank("sangat baik"));
    expect(gradeRank("Tersedia")).toBeNull();
  });

  it("says grades never fall only on one known scale", () => {
    expect(gradesNeverFall(["b", "b", "bb", "bb"])).toBe(true);
    expect(gradesNeverFall(["wdp", "wtp"])).toBe(true);
    expect(gradesNeverFall(["bb", "b"])).toBe(false);
    expect(gradesNeverFall(["baik", "bb"])).toBe(false);
    expect(gradesNeverFall(["tersedia", "tersedia"])).toBe(false);
    expect(gradesNeverFall([])).toBe(false);
  });
});

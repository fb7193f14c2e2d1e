import { planOutline, tableRowRange, type OutlineItem } from "../../src/app/outline";
import { analyzeGrids } from "../../src/core/analyze";
import { gridsFromFile } from "../support/sourceGrid";

const plan = analyzeGrids(gridsFromFile("examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv")).plans[0];

function count(items: OutlineItem[], level: OutlineItem["level"]): number {
  return items.reduce((n, it) => n + (it.level === level ? 1 : 0) + count(it.children, level), 0);
}

describe("planOutline", () => {
  test("the seed's tree: 3 Sasaran, 5 Program, 12 Kegiatan, 32 Sub Kegiatan, with their indicators", () => {
    const items = planOutline(plan);
    expect(items.map((i) => `${i.numbering} ${i.name}`.slice(0, 30))).toEqual([
      "Sasaran 1 Meningkatnya kepuasa",
      "Sasaran 1 Meningkatkan volume ",
      "Sasaran 2 Meningkatn ya kapasi",
    ]);
    expect([count(items, "sasaran"), count(items, "program"), count(items, "kegiatan"), count(items, "subKegiatan")]).toEqual([3, 5, 12, 32]);
    expect(count(items, "indikator")).toBe(plan.nodes.reduce((n, node) => n + node.indikators.length, 0));
  });

  test("each item selects its row across the table; keys are unique", () => {
    const items = planOutline(plan);
    expect(items[0].range).toEqual({ top: 10, bottom: 10, left: 0, right: 14 });
    expect(tableRowRange(plan, 20)).toEqual({ top: 20, bottom: 20, left: 0, right: 14 });
    const keys: string[] = [];
    const walk = (list: OutlineItem[]) => list.forEach((i) => (keys.push(i.key), walk(i.children)));
    walk(items);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

import { checkMeta } from "../../../src/core/decree/checks";
import { metaFromInfoGrid } from "../../../src/core/decree/infoRead";
import { checkLimits, META_LIMITS } from "../../../src/core/decree/limits";
import { decreeSheet } from "../../../src/core/decree/sheet";
import { wrapLines } from "../../../src/core/decree/textFit";
import { gridFromRows, type CellValue } from "../../../src/core/grid";
import { seedMeta } from "./seed";

const errors = (meta = seedMeta()) => checkMeta(meta, { today: "2022-06-01" }).filter((i) => i.severity === "error");

describe("the metadata's size limits (checkMeta refuses before anything is built)", () => {
  test("the seed is within every limit", () => {
    expect(checkLimits(seedMeta()).issues).toEqual([]);
    expect(errors()).toEqual([]);
  });

  test("a list over the item limit is one error naming the list; its items are not looked at one by one", () => {
    const meta = seedMeta();
    meta.mengingat = Array.from({ length: 100_000 }, () => ""); // blank items would each be a warning
    const started = Date.now();
    const issues = checkMeta(meta, { today: "2022-06-01" });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(issues.filter((i) => i.field.startsWith("mengingat"))).toEqual([
      { field: "mengingat", severity: "error", message: { id: "Mengingat: terlalu banyak butir (100.000; paling banyak 200).", en: "Legal basis (Mengingat): too many items (100,000; at most 200)." } },
    ]);
    meta.mengingat = Array.from({ length: META_LIMITS.listItems }, (_, i) => `Undang-Undang Nomor ${i}`);
    expect(errors(meta)).toEqual([]);
  });

  test("a text, a signer field or an item over the character limit is an error naming it; at the limit it passes", () => {
    const meta = seedMeta();
    meta.tentang = "A".repeat(50 * 1024 * 1024);
    meta.penandatangan.nama = "N".repeat(META_LIMITS.fieldChars + 1);
    meta.diktum = [...meta.diktum, "d".repeat(META_LIMITS.fieldChars + 1)];
    meta.menimbang = [...meta.menimbang, "m".repeat(META_LIMITS.fieldChars)];
    expect(errors(meta).map((i) => i.field)).toEqual(["tentang", "diktum.4", "penandatangan.nama"]);
  });
});

describe("the decree builder is linear in what it is given", () => {
  test("a word of 500,000 lines (one character each in a narrow cell) wraps without overflowing the stack", () => {
    const lines = wrapLines("x".repeat(500_000), 20, { size: 12 });
    expect(lines).toHaveLength(500_000);
    expect(lines.every((l) => l === "x")).toBe(true);
    // as wide a cell as the decree's text column: about 70 characters a line
    expect(wrapLines("x".repeat(5_000_000), 600, { size: 12 }).length).toBeGreaterThan(50_000);
  });

  test("10,000 Mengingat items: built in well under the 10 s a decree may take (the builder itself, no limit)", () => {
    const meta = seedMeta();
    meta.mengingat = Array.from({ length: 10_000 }, (_, i) => `Undang-Undang Nomor ${i} Tahun 2020 tentang Sesuatu yang penting`);
    const started = Date.now();
    const spec = decreeSheet(meta, { paper: "a4" });
    expect(spec.cells.filter((c) => c.value === "10.").length).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("an Info sheet of 9,999 list rows (its largest key) is read whole, in order", () => {
    const rows: CellValue[][] = [["Kunci", "Keterangan", "Nilai"]];
    for (let i = 9999; i >= 1; i--) rows.push([`mengingat.${i}`, "", `butir ${i}`]);
    const read = metaFromInfoGrid(gridFromRows("Info Keputusan", rows));
    expect(read.meta.mengingat).toHaveLength(9999);
    expect([read.meta.mengingat![0], read.meta.mengingat![9998]]).toEqual(["butir 1", "butir 9999"]);
  });
});

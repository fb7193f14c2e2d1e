import { infoRows, infoSheetSpec } from "../../../src/core/decree/infoSheet";
import { metaFromInfoGrid, parseInfoKey } from "../../../src/core/decree/infoRead";
import { mergeMeta } from "../../../src/core/decree/merge";
import { emptyMeta } from "../../../src/core/decree/meta";
import { gridFromRows, type CellValue, type Grid } from "../../../src/core/grid";
import { gridFromSpec } from "./specGrid";
import { seedMeta } from "./seed";

/** The key/value rows of the Info sheet as a plain grid: [key, label, value]. */
function infoGrid(rows: CellValue[][]): Grid {
  return gridFromRows("Info Keputusan", [["INFO KEPUTUSAN"], ["Isi kolom Nilai ..."], [], ["Kunci", "Keterangan", "Nilai"], ...rows]);
}

describe("infoSheetSpec", () => {
  test("key, label and value columns; lists one item per row; a short instruction on top", () => {
    const spec = infoSheetSpec(seedMeta());
    expect(spec.name).toBe("Info Keputusan");
    const at = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.value;
    expect(at(0, 0)).toBe("INFO KEPUTUSAN");
    expect(String(at(1, 0))).toMatch(/Kunci/);
    const header = spec.cells.find((c) => c.value === "Kunci")!.row;
    expect([at(header, 1), at(header, 2)]).toEqual(["Keterangan", "Nilai"]);
    expect([at(header + 1, 0), at(header + 1, 1), at(header + 1, 2)]).toEqual([
      "pemerintah", "Pemerintah (baris pertama kop)", "PEMERINTAH KABUPATEN NGANJUK",
    ]);
    const keys = spec.cells.filter((c) => c.col === 0 && c.row > header).map((c) => c.value);
    expect(keys).toContain("menimbang.3");
    expect(keys).toContain("mengingat.8");
    expect(keys).toContain("penandatangan.nip");
    expect(keys).toContain("tembusan.1"); // an empty list still shows its first row
    const nip = spec.cells.find((c) => c.row === spec.cells.find((k) => k.value === "penandatangan.nip")!.row && c.col === 2)!;
    expect(nip.value).toBe("196310151989031016");
    expect(nip.style?.numberFormat).toBe("@");
    expect(spec.freeze).toEqual({ rows: header + 1, cols: 0 });
  });

  test("hidden and without a print area, so that printing the workbook leaves it out (LibreOffice prints a hidden sheet that has one)", () => {
    const spec = infoSheetSpec(seedMeta());
    expect(spec.hidden).toBe(true);
    expect(spec.pageSetup.printArea).toBeUndefined();
    expect(spec.pageSetup.printTitleRows).toBeUndefined();
  });

  test("labels in English on request; the keys never change", () => {
    const spec = infoSheetSpec(seedMeta(), "en");
    expect(spec.cells.some((c) => c.value === "Signer's name")).toBe(true);
    expect(spec.cells.some((c) => c.value === "penandatangan.nama")).toBe(true);
    expect(spec.name).toBe("Info Keputusan");
  });

  test("infoRows lists every field once, lists item by item", () => {
    const keys = infoRows(seedMeta()).map((r) => r.key);
    expect(keys.filter((k) => k.startsWith("menimbang."))).toEqual(["menimbang.1", "menimbang.2", "menimbang.3"]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("metaFromInfoGrid", () => {
  test("round trip: spec -> grid -> the same metadata", () => {
    for (const meta of [seedMeta(), emptyMeta()]) {
      const { meta: read, issues } = metaFromInfoGrid(gridFromSpec(infoSheetSpec(meta)));
      expect(issues).toEqual([]);
      expect(read).toEqual(meta);
      expect(mergeMeta(emptyMeta(), read)).toEqual({ meta, issues: [] });
    }
  });

  test("rows in any order, blank rows, keys in other cases", () => {
    const { meta, issues } = metaFromInfoGrid(
      infoGrid([
        ["menimbang.2", "", "kedua;"],
        [],
        ["Nomor", "", "188/1/2022"],
        ["menimbang.1", "", "pertama;"],
        ["PENANDATANGAN.JabatanAsal", "", "KEPALA DINAS TENAGA KERJA"],
        ["menimbang.10", "", "kesepuluh."],
        [null, null, null],
      ]),
    );
    expect(issues).toEqual([]);
    expect(meta).toEqual({
      nomor: "188/1/2022",
      menimbang: ["pertama;", "kedua;", "kesepuluh."],
      penandatangan: { jabatanAsal: "KEPALA DINAS TENAGA KERJA" },
    });
  });

  test("a NIP stored as a number: reported, not read", () => {
    const { meta, issues } = metaFromInfoGrid(infoGrid([["penandatangan.nip", "NIP", 196310151989031000], ["penandatangan.nama", "", "X"]]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: "penandatangan.nip", severity: "error" });
    expect(issues[0].message.id).toMatch(/teks/);
    expect(meta.penandatangan).toEqual({ nama: "X" });
  });

  test("dates as Excel serials or typed the Indonesian way; other numbers as their display text", () => {
    const rows: CellValue[][] = [["tanggal", "", 44573], ["telepon", "", 321785]];
    const grid = infoGrid(rows);
    grid.text[4][2] = "12/01/2022";
    expect(metaFromInfoGrid(grid).meta).toEqual({ tanggal: "2022-01-12", telepon: "321785" });
    expect(metaFromInfoGrid(infoGrid([["tanggal", "", "12 Januari 2022"]])).meta.tanggal).toBe("2022-01-12");
    // Unreadable dates are kept as written: checkMeta reports them.
    expect(metaFromInfoGrid(infoGrid([["tanggal", "", "besok"]])).meta.tanggal).toBe("besok");
  });

  test("unknown keys, duplicates, values without a key and error values are reported", () => {
    const { meta, issues } = metaFromInfoGrid(
      infoGrid([
        ["nomor", "", "188/1/2022"],
        ["nomer", "", "typo"],
        ["nomor", "", "188/2/2022"],
        [null, null, "lost value"],
        ["tempat", "", { error: "#REF!" }],
        ["penandatangan.gelar", "", "S.E."],
      ]),
    );
    expect(meta).toEqual({ nomor: "188/1/2022" });
    expect(issues.map((i) => [i.field, i.severity])).toEqual([
      ["nomer", "warning"], ["nomor", "warning"], ["", "warning"], ["tempat", "error"], ["penandatangan.gelar", "warning"],
    ]);
    expect(issues[1].message.en).toContain("row 7");
    expect(issues[3].message.en).toContain("#REF!");
  });

  test("a sheet without keys", () => {
    const { meta, issues } = metaFromInfoGrid(gridFromRows("Lain", [["apa saja"], [1, 2]]));
    expect(meta).toEqual({});
    expect(issues[0].message.id).toContain("\"Lain\"");
  });

  test("parseInfoKey", () => {
    expect(parseInfoKey(" Tentang ")).toEqual({ kind: "text", field: "tentang" });
    expect(parseInfoKey("penandatangan.nip")).toEqual({ kind: "signer", field: "nip" });
    expect(parseInfoKey("tembusan.2")).toEqual({ kind: "item", field: "tembusan", n: 2 });
    for (const k of ["menimbang", "menimbang.0", "nomor.1", "penandatangan", "penandatangan.x", "x.1"]) expect(parseInfoKey(k)).toBeNull();
  });
});

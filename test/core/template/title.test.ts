import { GridView } from "../../../src/core/grid";
import { layoutFor, templateSheet, INPUT_FILL } from "../../../src/core/template";
import { effectiveStyle, gridFromSpec, valueAt } from "./specHelpers";

describe("template title and Lampiran heading", () => {
  test("title carries the year; the office is written in capitals on the next row", () => {
    const spec = templateSheet({ year: 2027, office: "Dinas Koperasi dan Usaha Mikro Kabupaten Nganjuk" });
    const l = layoutFor({ year: 2027 });
    expect(valueAt(spec, l.titleRow, 0)).toBe("RENCANA AKSI TAHUN 2027");
    expect(valueAt(spec, l.officeRow, 0)).toBe("DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK");
    for (const row of [l.titleRow, l.officeRow]) {
      expect(spec.merges).toContainEqual({ top: row, left: 0, bottom: row, right: l.lastCol });
      expect(effectiveStyle(spec, row, 0)).toMatchObject({ bold: true, hAlign: "center" });
    }
    expect(l.officeRow).toBe(l.titleRow + 1);
    expect(l.titleRow).toBeLessThan(l.headerTop);
  });

  test("the year is written as digits, without a thousands separator", () => {
    const spec = templateSheet({ year: 2031 });
    expect(spec.name).toBe("Rencana Aksi 2031");
    expect(valueAt(spec, layoutFor({ year: 2031 }).titleRow, 0)).toBe("RENCANA AKSI TAHUN 2031");
  });

  test("unknown office: a blank underlined yellow line to type it in", () => {
    for (const office of [undefined, "", "   "]) {
      const spec = templateSheet({ year: 2027, office });
      const l = layoutFor({ year: 2027 });
      const line = spec.merges.find((m) => m.top === l.officeRow);
      expect(line).toBeDefined();
      for (let c = line!.left; c <= line!.right; c++) {
        expect(valueAt(spec, l.officeRow, c)).toBeNull();
        const s = effectiveStyle(spec, l.officeRow, c);
        expect(s.fill).toBe(INPUT_FILL);
        expect(s.border?.bottom).toBe("thin");
      }
      // Centred under the title: about as much room on each side.
      expect(line!.left).toBeGreaterThan(0);
      expect(line!.right).toBeLessThan(l.lastCol);
    }
  });

  test("Lampiran block: labels, colons and yellow blanks to type in", () => {
    const spec = templateSheet({ year: 2027 });
    const l = layoutFor({ year: 2027 });
    const rows: Array<[number, string]> = [
      [l.lampiranRow, "Lampiran I"],
      [l.nomorRow, "NOMOR"],
      [l.tanggalRow, "Tanggal"],
    ];
    for (const [row, label] of rows) {
      const cells = spec.cells.filter((c) => c.row === row);
      const labelCell = cells.find((c) => c.value === label);
      const colon = cells.find((c) => c.value === ":");
      expect(labelCell).toBeDefined();
      expect(colon!.col).toBeGreaterThan(labelCell!.col);
      const blank = spec.merges.find((m) => m.top === row && m.left > colon!.col);
      expect(blank).toBeDefined();
      expect(blank!.right).toBe(l.lastCol);
      expect(valueAt(spec, row, blank!.left)).toBeNull();
      expect(effectiveStyle(spec, row, blank!.left).fill).toBe(INPUT_FILL);
      expect(effectiveStyle(spec, row, blank!.right).fill).toBe(INPUT_FILL);
    }
    expect(l.lampiranRow).toBeLessThan(l.titleRow);
  });

  test("a GridView over the cells read back shows the title and the header", () => {
    const spec = templateSheet({ year: 2027, office: "Badan Kepegawaian Daerah" });
    const view = new GridView(gridFromSpec(spec));
    const l = layoutFor({ year: 2027 });
    // Any cell of the merged title row reads the title.
    expect(view.text(l.titleRow, 0)).toBe("RENCANA AKSI TAHUN 2027");
    expect(view.text(l.titleRow, 9)).toBe("RENCANA AKSI TAHUN 2027");
    expect(view.text(l.officeRow, 5)).toBe("BADAN KEPEGAWAIAN DAERAH");
    // Merged header: both header rows read the label of a single-row column.
    expect(view.text(l.headerTop + 1, 0)).toBe("Sasaran");
    expect(view.text(l.headerTop, 10)).toBe("Target Kinerja");
    expect(view.format(l.dataTop, 8)).toBe("0.00%");
    expect(view.isEmpty(l.dataTop, 4)).toBe(true);
  });

  test("sheet name: default from the year, or the name asked for", () => {
    expect(templateSheet({ year: 2027 }).name).toBe("Rencana Aksi 2027");
    expect(templateSheet({ year: 2027, name: "Renaksi Dinkop" }).name).toBe("Renaksi Dinkop");
    expect(templateSheet({ year: 2027, name: "  " }).name).toBe("Rencana Aksi 2027");
  });

  test("a year that is not a number still gives a sheet, with dots to fill in", () => {
    const spec = templateSheet({ year: Number.NaN });
    expect(valueAt(spec, layoutFor({ year: 0 }).titleRow, 0)).toBe("RENCANA AKSI TAHUN ....");
  });
});

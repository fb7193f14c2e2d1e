import * as fs from "fs";
import * as path from "path";
import { createDecree, saveMeta } from "../../src/app/decree";
import { undoDecree } from "../../src/app/decreeSheet";
import { decreeSheet, emptyMeta, mergeMeta } from "../../src/core/decree";
import { fakeFromBytes } from "../port/bridge";
import { exampleBytes } from "../support/example";
import type { SheetSpec } from "../../src/core/sheetspec";
import { FakeBook, countSyncs, fakeWorkbook, getCell } from "./fake";

function spec(dataRows = 10): SheetSpec {
  const cells: SheetSpec["cells"] = [
    { row: 0, col: 0, value: "RENCANA AKSI TAHUN 2027", style: { bold: true, hAlign: "center", fontSize: 14 } },
    { row: 2, col: 0, value: "Sasaran", style: { bold: true, fill: "D9E1F2", border: { top: "thin", bottom: "thin" } } },
    { row: 2, col: 1, value: "Target Kinerja", style: { bold: true, fill: "D9E1F2", border: { top: "thin", bottom: "thin" } } },
    { row: 3, col: 1, value: "TW I", style: { bold: true, fill: "D9E1F2" } },
    { row: 3, col: 2, value: "TW II", style: { bold: true, fill: "D9E1F2" } },
    { row: 4, col: 0, value: "(1)", style: { italic: true } },
  ];
  for (let r = 0; r < dataRows; r++) cells.push({ row: 5 + r, col: 3, value: `Catatan ${r}` });
  return {
    name: "Rencana Aksi 2027",
    cells,
    rangeStyles: [{ range: { top: 5, left: 1, bottom: 4 + dataRows, right: 2 }, style: { numberFormat: "0%", border: { left: "thin", right: "thin", top: "thin", bottom: "thin" } } }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 1, bottom: 2, right: 2 }, { top: 2, left: 0, bottom: 3, right: 0 }],
    columnWidths: { 0: 40, 1: 8.43 },
    rowHeights: { 0: 30 },
    validations: [{
      range: { top: 5, left: 1, bottom: 4 + dataRows, right: 2 },
      type: "decimal",
      min: 0,
      max: 1,
      prompt: { title: "Persentase triwulan", text: "Isi 0% sampai 100%." },
      error: { title: "Nilai tidak sah", text: "Persentase harus antara 0% dan 100%." },
    }],
    freeze: { rows: 4, cols: 1 },
    pageSetup: {
      orientation: "landscape",
      paper: "f4",
      fitToWidth: 1,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      printTitleRows: { first: 2, last: 3 },
      centerHorizontally: true,
    },
    tabColor: "1F4E79",
    hideGridlines: true,
  };
}

describe("ExcelWorkbook.addSheet", () => {
  test("applies values, styles, merges, formats, sizes, validation, freeze panes and page layout", async () => {
    const book = new FakeBook();
    book.addSheet("Sheet1");
    const { wb, contexts } = fakeWorkbook(book);
    const name = await wb.addSheet(spec(), { activate: true });
    expect(name).toBe("Rencana Aksi 2027");
    const s = book.sheet(name)!;
    const log = contexts[0].log;

    expect(getCell(s, 0, 0)).toMatchObject({ value: "RENCANA AKSI TAHUN 2027", type: "String" });
    expect(getCell(s, 4, 0)).toMatchObject({ value: "(1)", type: "String" }); // not -1
    expect(getCell(s, 14, 3).value).toBe("Catatan 9");
    expect(getCell(s, 0, 0).style).toMatchObject({ "font.bold": true, horizontalAlignment: "Center", "font.size": 14 });
    expect(getCell(s, 2, 1).style).toMatchObject({ "fill.color": "#D9E1F2", "borders.EdgeTop.style": "Continuous", "borders.EdgeTop.weight": "Thin" });
    expect(getCell(s, 7, 2).format).toBe("0%");
    expect(log.some((l) => l.op === "format" && l.address === "B6:C15" && l.key === "borders.InsideHorizontal.style")).toBe(true);

    expect(s.merges).toEqual(spec().merges);
    expect(s.columnWidths.get(0)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(s.columnWidths.get(1)).toBeCloseTo(48, 0); // Excel's default 8.43 characters = 64 px = 48 pt
    expect(s.rowHeights.get(0)).toBe(30);

    expect(s.validations).toHaveLength(1);
    expect(s.validations[0].props.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
    expect(s.validations[0].props.prompt).toMatchObject({ title: "Persentase triwulan", showPrompt: true });
    expect(s.validations[0].props.errorAlert).toMatchObject({ style: "Stop", showAlert: true });

    expect(s.freeze).toEqual({ rows: 4, cols: 1 });
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "Folio",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      topMargin: 54,
      leftMargin: 36,
      headerMargin: 21.6,
      printTitleRows: "$3:$4",
      centerHorizontally: true,
    });
    expect(s.props).toMatchObject({ tabColor: "#1F4E79", showGridlines: false });
    expect(book.active).toBe(name);
    // Styles and formats before values: a text cell is formatted before it is filled.
    const ops = log.map((l) => l.op);
    expect(ops.indexOf("numberFormat")).toBeLessThan(ops.indexOf("values"));
  });

  test("never replaces a sheet: the name gets a number", async () => {
    const book = new FakeBook();
    book.addSheet("Rencana Aksi 2027");
    book.addSheet("Rencana Aksi 2027 (2)", "Hidden");
    const { wb } = fakeWorkbook(book);
    expect(await wb.addSheet(spec())).toBe("Rencana Aksi 2027 (3)");
    expect(book.sheets).toHaveLength(3);
  });

  test("A4 paper, and page layout skipped when ExcelApi 1.9 is missing", async () => {
    const book = new FakeBook();
    const a4 = { ...spec(), pageSetup: { ...spec().pageSetup, paper: "a4" as const } };
    await fakeWorkbook(book).wb.addSheet(a4);
    expect(book.sheet("Rencana Aksi 2027")!.pageLayout.paperSize).toBe("A4");

    const old = new FakeBook();
    const { wb } = fakeWorkbook(old, {}, { supports: (_set, version) => Number(version.split(".")[1]) < 9 });
    const name = await wb.addSheet(spec());
    expect(old.sheet(name)!.pageLayout).toEqual({});
    expect(getCell(old.sheet(name)!, 0, 0).value).toBe("RENCANA AKSI TAHUN 2027");
  });

  test("two syncs whatever the size of the spec", async () => {
    for (const rows of [10, 20_000]) {
      const report = await countSyncs(new FakeBook(), (wb) => wb.addSheet(spec(rows)), {}, { syncBudget: 4 * 1024 * 1024 });
      expect(report.syncs).toBe(2);
      expect(report.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    }
  });

  test("activates the new sheet unless told not to, as the port says, in the same sync as the add", async () => {
    const book = new FakeBook();
    book.addSheet("Sheet1");
    book.active = "Sheet1";
    const { wb, contexts } = fakeWorkbook(book);
    const name = await wb.addSheet(spec());
    expect(book.active).toBe(name);
    expect(contexts[0].syncs).toHaveLength(2);
    const ops = contexts[0].log.map((l) => l.op);
    expect(ops.indexOf("addSheet")).toBeLessThan(ops.indexOf("activate"));

    const quiet = fakeWorkbook(book);
    const other = await quiet.wb.addSheet(spec(), { activate: false });
    expect(book.active).toBe(name);
    expect(quiet.contexts[0].log.some((l) => l.op === "activate")).toBe(false);
    expect(other).toBe("Rencana Aksi 2027 (2)");
  });

  test("createDecree over Excel: the Keputusan sheet is added and activated", async () => {
    const book = new FakeBook();
    book.addSheet("Sheet1");
    book.active = "Sheet1";
    const meta = mergeMeta(emptyMeta(), JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8")));
    const result = await createDecree(fakeWorkbook(book).wb, meta.meta, { paper: "f4", today: "2024-06-01" });
    expect(result.sheet).toBe("Keputusan");
    expect(book.active).toBe("Keputusan");
  });

  test("createDecree over Excel: before the plan's sheet, with its page breaks; a rerun replaces it in place; Info Keputusan hidden", async () => {
    const book = await fakeFromBytes(await exampleBytes());
    const { wb } = fakeWorkbook(book);
    const meta = mergeMeta(emptyMeta(), JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8"))).meta;
    const first = await createDecree(wb, meta, { paper: "a4", today: "2024-06-01" });
    expect(first.sheet).toBe("Keputusan");
    expect(book.sheets.map((s) => s.name)).toEqual(["Keputusan", "Lampiran I", "_renaksi"]);
    const breaks = book.sheet("Keputusan")!.props.rowBreaks as number[];
    expect(breaks).toEqual(decreeSheet(meta, { paper: "a4" }).rowBreaks);
    await saveMeta(wb, meta);
    expect(book.sheet("Info Keputusan")!.visibility).toBe("Hidden");
    expect(book.active).toBe("Keputusan");

    const again = await createDecree(wb, { ...meta, nomor: "2/2022" }, { paper: "a4", today: "2024-06-01" });
    expect([again.sheet, again.replaced]).toEqual(["Keputusan", true]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Keputusan", "Lampiran I", "_renaksi", "Info Keputusan"]);
    const texts = [...book.sheet("Keputusan")!.cells.values()].map((c) => c.value);
    expect(texts).toContain("NOMOR 2/2022");
    expect(texts).not.toContain("NOMOR 188 / 001.1 / K / 411.310 / 2022");
    expect((await undoDecree(wb)).sheet).toBe("Keputusan");
    expect([...book.sheet("Keputusan")!.cells.values()].map((c) => c.value)).toContain("NOMOR 188 / 001.1 / K / 411.310 / 2022");
    expect(book.sheets.map((s) => s.name)).toEqual(["Keputusan", "Lampiran I", "_renaksi", "Info Keputusan"]);
  });

  test("createDecree over Excel: a Keputusan the office protected is not made again (Excel would let the sheet be deleted); nothing changes", async () => {
    const book = await fakeFromBytes(await exampleBytes());
    const { wb, contexts } = fakeWorkbook(book);
    const meta = mergeMeta(emptyMeta(), JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8"))).meta;
    await createDecree(wb, meta, { paper: "a4", today: "2024-06-01" });
    const keputusan = book.sheet("Keputusan")!;
    keputusan.protection.protected = true; // Review > Protect Sheet
    const cells = [...keputusan.cells.values()].map((c) => c.value);
    const writes = () => contexts.flatMap((c) => c.log).filter((l) => l.op === "addSheet" || l.op === "delete").length;
    const before = writes();
    await expect(createDecree(wb, { ...meta, nomor: "2/2022" }, { paper: "a4", today: "2024-06-01" })).rejects.toMatchObject({ key: "workbook.sheetProtected", params: { sheet: "Keputusan" } });
    expect(writes()).toBe(before);
    expect(book.sheet("Keputusan")).toBe(keputusan);
    expect([...keputusan.cells.values()].map((c) => c.value)).toEqual(cells);
  });
});

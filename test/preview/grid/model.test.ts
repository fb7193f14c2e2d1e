import * as ExcelJS from "exceljs";
import { PAGE_ROWS, buildSheetModel, pageOfRow, type ModelCell, type SheetModel } from "../../../src/preview/grid/model";
import { PreviewSession } from "../../../src/preview/session";
import { openExcelJs } from "../books";

function sheet(fill: (ws: ExcelJS.Worksheet) => void): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet("Lampiran");
  fill(ws);
  return ws;
}

/** The sheet written as .xlsx, opened with the package adapter, and modelled as the page does it. */
async function model(ws: ExcelJS.Worksheet, page = 0): Promise<SheetModel> {
  const session = new PreviewSession(await openExcelJs(ws.workbook));
  return buildSheetModel(await session.xlsx.readGrid(ws.name), session.sheetSource(ws.name), page);
}

function cellAt(m: SheetModel, a1: string): ModelCell | undefined {
  for (const r of m.rows) for (const c of r.cells) if (c.a1 === a1) return c;
  return undefined;
}

test("display text as Excel shows it, with headers from A1 and at least a sheet's worth of rows and columns", async () => {
  const m = await model(sheet((ws) => {
    ws.getCell("B2").value = 0.2125;
    ws.getCell("B2").numFmt = "0.00%";
    ws.getCell("C2").value = "21,25 5%";
  }));
  expect(cellAt(m, "B2")?.text).toBe("21.25%");
  expect(cellAt(m, "B2")?.css.textAlign).toBe("right");
  expect(cellAt(m, "C2")?.css.textAlign).toBe("left");
  expect(m.columns[0]).toMatchObject({ col: 0, letters: "A" });
  expect(m.rows[0].row).toBe(0);
  expect(m.rows.length).toBeGreaterThanOrEqual(30);
  expect(m.columns.length).toBeGreaterThanOrEqual(10);
});

test("a merged area is one cell with its spans; the cells it covers are not rendered", async () => {
  const m = await model(sheet((ws) => {
    ws.getCell("A3").value = "Sasaran 1";
    ws.mergeCells("A3:B6");
  }));
  const a3 = cellAt(m, "A3");
  expect(a3).toMatchObject({ rowSpan: 4, colSpan: 2, text: "Sasaran 1", rect: { top: 2, left: 0, bottom: 5, right: 1 } });
  expect(cellAt(m, "B3")).toBeUndefined();
  expect(cellAt(m, "A4")).toBeUndefined();
  expect(m.rows[3].cells[0].a1).toBe("C4"); // row 4 starts after the merged columns
});

test("hidden rows and columns are left out, and spans count only shown rows", async () => {
  const m = await model(sheet((ws) => {
    ws.getCell("A1").value = "x";
    ws.mergeCells("A1:A4");
    ws.getRow(2).hidden = true;
    ws.getColumn(2).hidden = true;
    ws.getCell("C1").value = "y";
  }));
  expect(m.rows.map((r) => r.row)).not.toContain(1);
  expect(m.columns.map((c) => c.letters)).not.toContain("B");
  expect(cellAt(m, "A1")?.rowSpan).toBe(3);
});

test("column widths and row heights in pixels; wrapped text wraps, unwrapped text spills into empty neighbours only", async () => {
  const m = await model(sheet((ws) => {
    ws.getColumn(1).width = 30;
    ws.getRow(1).height = 30;
    ws.getCell("A1").value = "RENCANA AKSI TAHUN 2022 DINAS KOPERASI";
    ws.getCell("A2").value = "a long text that wraps inside its cell";
    ws.getCell("A2").alignment = { wrapText: true };
    ws.getCell("A3").value = "text with a full neighbour";
    ws.getCell("B3").value = 1;
  }));
  expect(m.columns[0].widthPx).toBe(215);
  expect(m.columns[1].widthPx).toBe(64);
  expect(m.rows[0].heightPx).toBe(40);
  expect(m.rows[1].heightPx).toBe(20);
  expect(cellAt(m, "A1")?.spillPx).toBeGreaterThan(215);
  expect(cellAt(m, "A2")?.css.whiteSpace).toBe("pre-wrap");
  expect(cellAt(m, "A2")?.spillPx).toBeUndefined();
  expect(cellAt(m, "A3")?.spillPx).toBeUndefined();
  expect(cellAt(m, "A3")?.css.overflow).toBe("hidden");
});

test("fills, fonts and borders; a border is drawn on both cells that share it; no gridlines when the sheet hides them", async () => {
  const ws = sheet((w) => {
    w.getCell("B2").value = "marked";
    w.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    w.getCell("B2").font = { bold: true, size: 12, name: "Arial" };
    w.getCell("C2").border = { left: { style: "medium" } };
    w.getCell("C2").value = 1;
  });
  let m = await model(ws);
  const b2 = cellAt(m, "B2");
  expect(b2?.css).toMatchObject({ backgroundColor: "#FFC7CE", fontWeight: 700, fontSize: "12pt" });
  expect(b2?.css.borderRight).toBe("2px solid #000000");
  expect(cellAt(m, "C2")?.css.borderLeft).toBe("2px solid #000000");
  expect(cellAt(m, "C2")?.css.borderTop).toMatch(/#D9D9D9/);
  ws.views = [{ showGridLines: false }];
  m = await model(ws);
  expect(cellAt(m, "C2")?.css.borderTop).toBe("none");
});

test("formatted empty rows below the values are shown (a template's table)", async () => {
  const m = await model(sheet((ws) => {
    ws.getCell("A1").value = "judul";
    ws.getCell("A60").border = { top: { style: "thin" } };
  }));
  expect(m.rows[m.rows.length - 1].row).toBe(59);
});

test("long sheets are shown a page at a time; a row's page is found", async () => {
  const ws = sheet((w) => {
    for (let r = 1; r <= 1200; r++) w.getCell(r, 1).value = r;
  });
  const first = await model(ws, 0);
  expect(first.pages).toBe(3);
  expect(first.rows).toHaveLength(PAGE_ROWS);
  expect(first.totalRows).toBe(1200);
  const last = await model(ws, 9);
  expect(last.page).toBe(2);
  expect(last.rows[0].row).toBe(1000);
  expect(last.rows).toHaveLength(200);
  expect(pageOfRow(first.allRows, 0)).toBe(0);
  expect(pageOfRow(first.allRows, 1099)).toBe(2);
  expect(pageOfRow(first.allRows, 5000)).toBe(2);
});

test("a merged area that starts above the page shows its part on the page", async () => {
  const ws = sheet((w) => {
    w.getCell("A490").value = "Sasaran 2";
    w.mergeCells("A490:A520");
    w.getCell("B600").value = 1;
  });
  const second = await model(ws, 1);
  const cut = second.rows[0].cells[0];
  expect(second.rows[0].row).toBe(500);
  expect(cut).toMatchObject({ a1: "A490", text: "Sasaran 2", rowSpan: 20 }); // rows 501-520 of A490:A520
});

test("text is cut at a height set in the workbook, as Excel cuts it; rows without one fit their content", async () => {
  const m = await model(sheet((ws) => {
    ws.getRow(1).height = 15;
    ws.getCell("A1").value = "a long wrapped text in a row of fixed height";
    ws.getCell("A1").alignment = { wrapText: true };
    ws.getRow(3).height = 30;
    ws.getRow(4).height = 15;
    ws.getCell("B3").value = "merged over two fixed rows";
    ws.mergeCells("B3:B4");
    ws.getCell("C3").value = "merged over a fixed and an auto row";
    ws.mergeCells("C3:C5");
    ws.getCell("A6").value = "auto";
  }));
  expect(cellAt(m, "A1")?.clipPx).toBe(20);
  expect(m.rows[0].heightPx).toBe(20);
  expect(cellAt(m, "B3")?.clipPx).toBe(60);
  expect(cellAt(m, "C3")?.clipPx).toBeUndefined();
  expect(cellAt(m, "A6")?.clipPx).toBeUndefined();
});

/** A colour as ExcelJS writes it; its typings leave out tint and indexed, which it writes all the same. */
const color = (c: { theme?: number; tint?: number; indexed?: number }) => c as Partial<ExcelJS.Color>;

test("theme and indexed colours are drawn from the package's own palette, with tints", async () => {
  const m = await model(sheet((ws) => {
    ws.getCell("A1").value = "judul";
    // ExcelJS writes the Office 2007 theme: accent1 (theme 4) is #4F81BD, dk1 (theme 1) black
    ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4 } };
    ws.getCell("A2").value = "abu";
    ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: color({ theme: 0, tint: -0.5 }) };
    ws.getCell("A3").value = "merah";
    ws.getCell("A3").font = { color: color({ indexed: 10 }) };
    ws.getCell("A4").value = "hitam";
    ws.getCell("A4").font = { color: { theme: 1 } };
  }));
  expect(cellAt(m, "A1")?.css.backgroundColor).toBe("#4F81BD");
  expect(cellAt(m, "A2")?.css.backgroundColor).toBe("#808080");
  expect(cellAt(m, "A3")?.css.color).toBe("#FF0000");
  expect(cellAt(m, "A4")?.css.color).toBeUndefined(); // black is the page's own text colour
});

test("alignment, indent, italic, underline and strike are drawn", async () => {
  const m = await model(sheet((ws) => {
    ws.getCell("A1").value = 5;
    ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle" };
    ws.getCell("A2").value = "menjorok";
    ws.getCell("A2").alignment = { horizontal: "left", indent: 2, vertical: "top" };
    ws.getCell("A3").value = "coret";
    ws.getCell("A3").font = { italic: true, underline: true, strike: true };
    ws.getCell("A4").value = true;
  }));
  expect(cellAt(m, "A1")?.css).toMatchObject({ textAlign: "center", verticalAlign: "middle" });
  expect(cellAt(m, "A2")?.css).toMatchObject({ textAlign: "left", verticalAlign: "top", paddingLeft: "20px" });
  expect(cellAt(m, "A3")?.css).toMatchObject({ fontStyle: "italic", textDecoration: "underline line-through", verticalAlign: "bottom" });
  expect(cellAt(m, "A4")?.css.textAlign).toBe("center"); // a logical value centres under "general"
});

test("an empty cell takes its row's style, else its column's; a cell's own style wins", async () => {
  const m = await model(sheet((ws) => {
    ws.getColumn(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    ws.getRow(5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    ws.getCell("A5").value = "baris"; // ExcelJS writes a row record only for a row with a cell
    ws.getCell("A1").value = "x";
    ws.getCell("C2").value = "own";
    ws.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  }));
  expect(cellAt(m, "C10")?.css.backgroundColor).toBe("#DDEBF7");
  expect(cellAt(m, "C2")?.css.backgroundColor).toBe("#FFFF00");
  expect(cellAt(m, "B5")?.css.backgroundColor).toBe("#FFC7CE");
  expect(cellAt(m, "B6")?.css.backgroundColor).toBeUndefined();
});

test("the sheet's default row height sizes the rows without one; column records give widths and hide columns", async () => {
  const m = await model(sheet((ws) => {
    ws.properties.defaultRowHeight = 24;
    ws.columns = [{ width: 12 }, { width: 4, hidden: true }, { width: 40 }];
    ws.getCell("A1").value = "x";
  }));
  expect(m.rows[0].heightPx).toBe(32);
  expect(m.columns.slice(0, 2).map((c) => [c.letters, c.widthPx])).toEqual([["A", 89], ["C", 285]]);
});

test("the sheet's default column width sizes the columns without a record", async () => {
  const m = await model(sheet((ws) => {
    ws.properties.defaultColWidth = 20;
    ws.getCell("A1").value = "x";
  }));
  expect(m.columns[0].widthPx).toBe(145);
});

test("a border drawn in a colour keeps it", async () => {
  const m = await model(sheet((ws) => {
    ws.getCell("B2").value = "x";
    ws.getCell("B2").border = { bottom: { style: "thick", color: { argb: "FFFF0000" } }, top: { style: "dotted" } };
  }));
  expect(cellAt(m, "B2")?.css).toMatchObject({ borderBottom: "3px solid #FF0000", borderTop: "1px dotted #000000" });
  expect(cellAt(m, "B3")?.css.borderTop).toBe("3px solid #FF0000");
});

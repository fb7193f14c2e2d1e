"use strict";
/**
 * Readable sheet sources -> .xlsx workbooks (examples and test fixtures).
 *
 * Format: one line per row, cells separated by TABs. Lines starting with "#" are directives:
 *   #sheet NAME            start a sheet (a file may hold several)
 *   #at B7                 the next rows start at this cell (default A1, then the row after the last)
 *   #merge A1:O1 A11:A38   merged areas
 *   #format G11:N40 0.00%  number format of a range
 *   #width A=30 D=45       column widths
 *   #hide-row 12           hidden row(s)
 * How it prints and looks (the example is formatted like the annex it transcribes):
 *   #page landscape f4     orientation and paper (a4, f4 = folio 8.5 x 13 in), fit to one page wide
 *   #titles 9:10           rows repeated at the top of every printed page
 *   #font Arial 10         the font of every cell of the sheet
 *   #height 1=28 2=40      row heights in points (rows of merged cells, which no program fits to their text)
 *   #fit-rows 9:61         row heights from the wrapped text (an estimate: LibreOffice does not fit them on
 *                          opening, nor any program a merged cell); cells merged over several rows are left out
 *   #border A9:O61         thin borders on every cell of the range(s)
 *   #wrap A9:O61           wrap text, top-aligned, in the range(s)
 *   #bold A6:O10           bold text in the range(s)
 *   #center A6:O10         centred text in the range(s)
 *   ## text                a comment
 * A cell that is a plain number (12, 0.25, -3.5) is a number; a leading ' makes it text ('12).
 * "\n" inside a cell is a line break. An empty line is an empty row.
 */
const ExcelJS = require("exceljs");

function colIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCell(a1) {
  const m = /^([A-Z]+)(\d+)$/i.exec(a1);
  if (!m) throw new Error(`not a cell address: ${a1}`);
  return { col: colIndex(m[1]), row: Number(m[2]) };
}

function cellValue(raw) {
  if (raw === "") return null;
  if (raw.startsWith("'")) return raw.slice(1);
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw.replace(/\\n/g, "\n");
}

function newSheet(name) {
  return { name, rows: [], merges: [], formats: [], widths: {}, hiddenRows: [], heights: {}, fitRows: null, looks: [], page: null, titles: null, font: null };
}

const THIN = { style: "thin" };
/** What each look directive does to a cell. */
const LOOKS = {
  border: (cell) => void (cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN }),
  wrap: (cell) => void (cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" }),
  bold: (cell) => void (cell.font = { ...cell.font, bold: true }),
  center: (cell) => void (cell.alignment = { ...cell.alignment, horizontal: "center" }),
};
/** Paper size codes of the file format: A4 9, folio (F4) 14. */
const PAPER = { a4: 9, f4: 14 };

/** Every cell of a range "A1:B2" (or one cell "A1"). */
function eachCell(ws, range, f) {
  const [a, b] = range.split(":").map(parseCell);
  const end = b || a;
  for (let row = a.row; row <= end.row; row++) for (let col = a.col; col <= end.col; col++) f(ws.getCell(row, col));
}

/**
 * Estimated height (points) of a row whose cells wrap their text: Arial's average advance of mixed
 * Indonesian text is about 0.5 em, a column unit is 7 px, lines are 1.3 x the font size apart.
 */
function fitRow(ws, row, merges, size) {
  let lines = 1;
  ws.getRow(row).eachCell((cell, col) => {
    const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    if (merge && (merge.bottom > merge.top || merge.left !== col || merge.top !== row)) return;
    let px = 0;
    for (let c = col; c <= (merge ? merge.right : col); c++) px += (ws.getColumn(c).width || 8.43) * 7;
    const perLine = Math.max(1, Math.floor((px - 8) / (size * 0.5 * (96 / 72) * 1.08)));
    const text = cell.text || "";
    const need = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, need);
  });
  ws.getRow(row).height = Math.ceil(lines * size * 1.3 + 3);
}

/** Page setup, print titles, font and looks of a sheet. */
function applyLooks(ws, s) {
  if (s.font) {
    // Cells with a value and the cells of the looks: no empty cell is made only to carry the font.
    ws.eachRow((row) => row.eachCell((cell) => void (cell.font = { ...cell.font, name: s.font.name, size: s.font.size })));
    for (const l of s.looks) eachCell(ws, l.range, (cell) => void (cell.font = { ...cell.font, name: s.font.name, size: s.font.size }));
  }
  for (const l of s.looks) eachCell(ws, l.range, LOOKS[l.look]);
  if (s.fitRows) {
    const merges = s.merges.map((m) => {
      const [a, b] = m.split(":").map(parseCell);
      const end = b || a;
      return { top: a.row, left: a.col, bottom: end.row, right: end.col };
    });
    for (let row = s.fitRows[0]; row <= s.fitRows[1]; row++) fitRow(ws, row, merges, s.font ? s.font.size : 11);
  }
  for (const [row, h] of Object.entries(s.heights)) ws.getRow(Number(row)).height = h;
  if (s.page) {
    if (!(s.page.paper in PAPER) || !["landscape", "portrait"].includes(s.page.orientation)) throw new Error(`#page ${s.page.orientation} ${s.page.paper}: use landscape|portrait a4|f4`);
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: s.page.orientation,
      paperSize: PAPER[s.page.paper],
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = { oddFooter: "&C&P / &N" };
  }
  if (s.titles) ws.pageSetup.printTitlesRow = s.titles;
}

/** Parse a source text into sheet descriptions. */
function parseSource(text) {
  const sheets = [];
  let sheet = null;
  let next = { row: 1, col: 1 };
  const ensure = () => {
    if (!sheet) {
      sheet = newSheet("Sheet1");
      sheets.push(sheet);
    }
    return sheet;
  };
  for (const line of text.replace(/\r/g, "").split("\n")) {
    if (line.startsWith("##")) continue;
    if (line.startsWith("#")) {
      const [directive, ...args] = line.slice(1).trim().split(/\s+/);
      if (directive === "sheet") {
        sheet = newSheet(args.join(" "));
        sheets.push(sheet);
        next = { row: 1, col: 1 };
      } else if (directive === "at") next = parseCell(args[0]);
      else if (directive === "merge") ensure().merges.push(...args);
      else if (directive === "format") ensure().formats.push({ range: args[0], format: args.slice(1).join(" ") });
      else if (directive === "width")
        for (const a of args) {
          const [col, w] = a.split("=");
          ensure().widths[col] = Number(w);
        }
      else if (directive === "hide-row") ensure().hiddenRows.push(...args.map(Number));
      else if (directive === "page") ensure().page = { orientation: args[0], paper: args[1] };
      else if (directive === "titles") ensure().titles = args[0];
      else if (directive === "fit-rows") ensure().fitRows = args[0].split(":").map(Number);
      else if (directive === "height")
        for (const a of args) {
          const [row, h] = a.split("=");
          ensure().heights[row] = Number(h);
        }
      else if (directive === "font") ensure().font = { name: args.slice(0, -1).join(" "), size: Number(args[args.length - 1]) };
      else if (LOOKS[directive]) ensure().looks.push(...args.map((range) => ({ range, look: directive })));
      else throw new Error(`unknown directive #${directive}`);
      continue;
    }
    const s = ensure();
    if (line.trim() !== "") s.rows.push({ row: next.row, col: next.col, cells: line.split("\t").map(cellValue) });
    next = { row: next.row + 1, col: next.col };
  }
  return sheets;
}

/** Build an ExcelJS workbook from a source text. */
function workbookFromSource(text) {
  const wb = new ExcelJS.Workbook();
  for (const s of parseSource(text)) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) {
      r.cells.forEach((v, i) => {
        if (v === null) return;
        const cell = ws.getCell(r.row, r.col + i);
        cell.value = v;
        if (typeof v === "string" && v.length > 20) cell.alignment = { wrapText: true, vertical: "top" };
      });
    }
    for (const f of s.formats) {
      const [a, b] = f.range.split(":").map(parseCell);
      const end = b || a;
      for (let row = a.row; row <= end.row; row++)
        for (let col = a.col; col <= end.col; col++) ws.getCell(row, col).numFmt = f.format;
    }
    for (const m of s.merges) ws.mergeCells(m);
    for (const [col, w] of Object.entries(s.widths)) ws.getColumn(col).width = w;
    for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
    applyLooks(ws, s);
  }
  return wb;
}

module.exports = { parseSource, workbookFromSource };

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

/** Parse a source text into sheet descriptions. */
function parseSource(text) {
  const sheets = [];
  let sheet = null;
  let next = { row: 1, col: 1 };
  const ensure = () => {
    if (!sheet) {
      sheet = { name: "Sheet1", rows: [], merges: [], formats: [], widths: {}, hiddenRows: [] };
      sheets.push(sheet);
    }
    return sheet;
  };
  for (const line of text.replace(/\r/g, "").split("\n")) {
    if (line.startsWith("##")) continue;
    if (line.startsWith("#")) {
      const [directive, ...args] = line.slice(1).trim().split(/\s+/);
      if (directive === "sheet") {
        sheet = { name: args.join(" "), rows: [], merges: [], formats: [], widths: {}, hiddenRows: [] };
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
  }
  return wb;
}

module.exports = { parseSource, workbookFromSource };

/**
 * What "a well-formed result" means for each stage of the engine, as plain
 * assertions (they throw with a reason, so fast-check can shrink on them).
 */
import { invertEdits, type CellEdit } from "../../../src/core/edits";
import { RULE_CATEGORIES, type Finding } from "../../../src/core/finding";
import { GridView, gridCols, gridRows, type CellValue, type Grid, type RangeRef } from "../../../src/core/grid";
import type { Text } from "../../../src/core/i18n";
import { quarterRole, type QuarterGroup, type Recognition } from "../../../src/core/layout/types";
import { readCell } from "../../../src/core/numbers";
import { levelRank, type Plan } from "../../../src/core/plan/types";
import type { FillOptions, FillPlan } from "../../../src/core/fill";

export function ensure(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new Error(reason);
}

const isInt = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);

/** The grid's absolute extent; an empty grid is its origin cell. */
export function extent(grid: Grid): RangeRef {
  const rows = Math.max(1, gridRows(grid));
  const cols = Math.max(1, gridCols(grid));
  return { top: grid.origin.row, left: grid.origin.col, bottom: grid.origin.row + rows - 1, right: grid.origin.col + cols - 1 };
}

export function inside(r: RangeRef, outer: RangeRef): boolean {
  return [r.top, r.left, r.bottom, r.right].every(isInt) && r.top <= r.bottom && r.left <= r.right &&
    r.top >= outer.top && r.left >= outer.left && r.bottom <= outer.bottom && r.right <= outer.right;
}

/** Tokens that betray a formatting slip when the sheet itself does not contain them. */
const SLIPS = ["undefined", "NaN", "[object Object]", "null"];

function allText(grid: Grid): string {
  return [grid.sheet, ...grid.text.map((r) => r.join("\u0001")), ...grid.values.map((r) => r.map((v) => (typeof v === "string" ? v : "")).join("\u0001"))].join("\u0001");
}

export function checkText(t: Text | undefined, what: string, sheetText: string): void {
  ensure(t && typeof t.id === "string" && typeof t.en === "string", `${what}: not a {id, en} text`);
  ensure(t.id.trim() !== "" && t.en.trim() !== "", `${what}: empty message ${JSON.stringify(t)}`);
  for (const lang of ["id", "en"] as const) {
    for (const slip of SLIPS) ensure(!t[lang].includes(slip) || sheetText.includes(slip), `${what}: "${slip}" in ${JSON.stringify(t[lang])}`);
    const placeholder = /\{[A-Za-z]+\}/.exec(t[lang]);
    ensure(!placeholder || sheetText.includes(placeholder[0]), `${what}: unfilled ${placeholder?.[0]} in ${JSON.stringify(t[lang])}`);
  }
}

/**
 * Findings of one sheet's table lie inside its grid; a workbook's own finding ("no table
 * anywhere", workbook = true) may point at A1 of the first sheet instead.
 */
export function checkFindings(findings: readonly Finding[], grid: Grid, workbook = false): void {
  const ext = extent(grid);
  const a1 = { top: 0, left: 0, bottom: 0, right: 0 };
  const sheetText = allText(grid);
  for (const f of findings) {
    const what = `finding ${f.rule}`;
    const m = /^([a-z]+)\.([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)$/.exec(f.rule);
    ensure(m && (RULE_CATEGORIES as readonly string[]).includes(m[1]), `${what}: rule is not "<category>.<name>" with a known category`);
    ensure(["error", "warning", "info"].includes(f.severity), `${what}: severity ${f.severity}`);
    ensure(f.sheet === grid.sheet, `${what}: sheet ${JSON.stringify(f.sheet)} is not the grid's`);
    ensure(inside(f.range, ext) || (workbook && inside(f.range, a1)), `${what}: range ${JSON.stringify(f.range)} outside the grid ${JSON.stringify(ext)}`);
    checkText(f.message, what, sheetText);
    if (f.hint !== undefined) checkText(f.hint, `${what} hint`, sheetText);
  }
}

export function checkRecognition(rec: Recognition, grid: Grid): void {
  const ext = extent(grid);
  ensure(rec.sheet === grid.sheet, "recognition: sheet");
  ensure(inside(rec.range, ext), `recognition: range ${JSON.stringify(rec.range)} outside ${JSON.stringify(ext)}`);
  ensure(rec.headerRows >= 1 && rec.headerRows <= 3, `recognition: ${rec.headerRows} header rows`);
  ensure(rec.headerTop === rec.range.top, "recognition: the range starts at the header");
  ensure(rec.dataTop === rec.headerTop + rec.headerRows || rec.dataTop === rec.headerTop + rec.headerRows + 1, "recognition: dataTop");
  ensure(rec.dataBottom <= rec.range.bottom && rec.dataBottom >= rec.dataTop - 1, "recognition: dataBottom");
  const cols = Object.values(rec.columns) as number[];
  ensure(new Set(cols).size === cols.length, `recognition: a column with two roles ${JSON.stringify(rec.columns)}`);
  for (const c of cols) ensure(isInt(c) && c >= rec.range.left && c <= rec.range.right, `recognition: column ${c} outside the table`);
}

export function checkPlan(plan: Plan, grid: Grid): void {
  const rec = plan.recognition;
  const table = { ...rec.range, top: rec.dataTop };
  ensure(plan.sheet === grid.sheet, "plan: sheet");
  const ids = new Set<number>();
  for (const n of plan.nodes) {
    ensure(!ids.has(n.id), `plan: node id ${n.id} twice`);
    ids.add(n.id);
    ensure(inside({ top: n.cell().row, left: n.cell().col, bottom: n.cell().row, right: n.cell().col }, table), `plan: node cell outside the data rows`);
    ensure(n.firstRow === n.cell().row && n.lastRow >= n.firstRow && n.lastRow <= rec.dataBottom, "plan: node rows");
    ensure(typeof n.name === "string", "plan: node name");
    if (n.parent) {
      ensure(n.parent.children.includes(n), "plan: parent does not list its child");
      ensure(levelRank(n.parent.level) < levelRank(n.level), `plan: a ${n.level} under a ${n.parent.level}`);
      // Not checked: parent.lastRow >= child.lastRow. A higher level started to the right on the
      // child's own row leaves the parent's lastRow short (reported in /work/notes; harmless).
    } else ensure(plan.roots.includes(n), "plan: a node without parent is not a root");
    for (const ind of n.indikators) ensure(ind.owner === n, "plan: indicator owner");
  }
  let last = -1;
  for (const row of plan.rows) {
    ensure(row.row > last && row.row >= rec.dataTop && row.row <= rec.dataBottom, "plan: rows out of order or outside the data rows");
    last = row.row;
    for (const set of Object.values(row.quarterSets())) ensure(set.cells().length === 4 && set.readings().length === 4 && set.texts().length === 4, "plan: quarter set of 4");
  }
}

function columnsFilled(plan: Plan, options: FillOptions): Set<number> {
  const groups: QuarterGroup[] = options.columns === "both" ? ["kinerja", "pelaksanaan"] : [options.columns];
  const out = new Set<number>();
  for (const g of groups) for (const q of [1, 2, 3, 4] as const) {
    const c = plan.recognition.columns[quarterRole(g, q)];
    if (c !== undefined) out.add(c);
  }
  return out;
}

const same = (a: CellValue, b: CellValue): boolean => JSON.stringify(a) === JSON.stringify(b) || (Number.isNaN(a) && Number.isNaN(b));

/** Edits stay in the table's quarter columns, keep what was there, and write only empty cells unless overwrite is on. */
export function checkFill(fill: FillPlan, plan: Plan, grid: Grid, view: GridView, options: FillOptions): void {
  ensure(fill.problem === undefined, `fill: unexpected problem ${JSON.stringify(fill.problem)}`);
  ensure(fill.preview.cells === fill.edits.length, "fill: preview cells");
  const cols = columnsFilled(plan, options);
  const seen = new Set<string>();
  const rows = options.scope?.rows;
  for (const e of fill.edits) {
    const where = `fill edit ${e.row},${e.col}`;
    ensure(e.sheet === plan.sheet, `${where}: sheet`);
    ensure(cols.has(e.col), `${where}: not a quarter column filled`);
    ensure(e.row >= plan.recognition.dataTop && e.row <= plan.recognition.dataBottom, `${where}: outside the data rows`);
    ensure(!rows || (e.row >= rows.top && e.row <= rows.bottom), `${where}: outside the scope`);
    ensure(!view.isCovered(e.row, e.col), `${where}: covered by a merge`);
    ensure(!seen.has(`${e.row},${e.col}`), `${where}: written twice`);
    seen.add(`${e.row},${e.col}`);
    ensure(same(e.previous.value, view.rawValue(e.row, e.col)), `${where}: previous value ${JSON.stringify(e.previous.value)}`);
    ensure(e.previous.format === view.format(e.row, e.col), `${where}: previous format`);
    ensure((typeof e.value === "number" && Number.isFinite(e.value)) || typeof e.value === "string", `${where}: writes ${JSON.stringify(e.value)}`);
    if (!options.overwrite) {
      const before = readCell(view.rawValue(e.row, e.col), view.rawText(e.row, e.col), view.format(e.row, e.col));
      ensure(before.kind === "empty", `${where}: overwrites ${JSON.stringify(before)} without overwrite`);
    }
  }
  for (const s of fill.preview.skipped) checkText(s.message, "fill skip", allText(grid));
}

/** Values and formats of a grid with edits applied (relative cells), as an adapter would. */
export function applyToGrid(grid: Grid, edits: readonly CellEdit[]): { values: CellValue[][]; formats: string[][] } {
  const values = grid.values.map((r) => r.slice());
  const formats = grid.formats.map((r) => r.slice());
  for (const e of edits) {
    const r = e.row - grid.origin.row;
    const c = e.col - grid.origin.col;
    if (!values[r] || c < 0 || c >= values[r].length) continue;
    values[r][c] = e.value;
    if (e.format !== undefined && formats[r]) formats[r][c] = e.format;
  }
  return { values, formats };
}

/** Applying the edits and then their inverse gives the grid back exactly. */
export function checkUndo(edits: readonly CellEdit[], grid: Grid): void {
  const after = applyToGrid(grid, edits);
  const undone = applyToGrid({ ...grid, ...after }, invertEdits(edits));
  ensure(JSON.stringify(undone.values) === JSON.stringify(grid.values), "undo: values differ");
  const general = (f: string[][]) => JSON.stringify(f.map((r) => r.map((x) => x || "General")));
  ensure(general(undone.formats) === general(grid.formats), "undo: formats differ");
}

/** Freeze a grid deeply: the engine must only read it. */
export function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

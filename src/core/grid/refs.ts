/**
 * Cell and range coordinates: absolute, 0-based (row 0 = Excel row 1), and
 * their A1 spelling. Their own module so that grid.ts and what it builds on
 * (formulaCells.ts) share them without importing each other; grid.ts
 * re-exports them.
 */
export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

/** Column index (0-based) to letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function colToLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column index (0-based): A -> 0, AA -> 26. Returns -1 when not letters. */
export function lettersToCol(letters: string): number {
  const up = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) return -1;
  let n = 0;
  for (const ch of up) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(ref: CellRef): string {
  return `${colToLetters(ref.col)}${ref.row + 1}`;
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1({ row: r.top, col: r.left });
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${toA1({ row: r.bottom, col: r.right })}`;
}

/** The smallest range holding all the cells (a non-empty list). */
export function spanRange(cells: readonly CellRef[]): RangeRef {
  const r = { top: cells[0].row, left: cells[0].col, bottom: cells[0].row, right: cells[0].col };
  for (const c of cells) {
    r.top = Math.min(r.top, c.row);
    r.bottom = Math.max(r.bottom, c.row);
    r.left = Math.min(r.left, c.col);
    r.right = Math.max(r.right, c.col);
  }
  return r;
}

/** "B7" -> {row: 6, col: 1}; "$B$7" accepted; null when not an A1 address. */
export function parseA1(a1: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: lettersToCol(m[1]) };
}

/** "A1:C3" or "B2" -> RangeRef; null when not an address. */
export function parseRangeA1(a1: string): RangeRef | null {
  const parts = a1.replace(/^.*!/, "").split(":");
  if (parts.length > 2) return null;
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * A sheet's name as a reference writes it ('Lampiran I'!A1, Sheet1!A1): quoted when it holds
 * anything but letters, digits, "_" and ".", starts with a digit, or reads as a cell reference
 * itself, in A1 ("A1", "TW1") or R1C1 ("R", "C", "RC", "R2C3") notation; quotes inside doubled.
 */
export function sheetRef(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(?:R\d*C?\d*|C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

import { STATE_CHUNK_CHARS, chunkString, decodeStateValue, encodeStateRow, readStateRow } from "../../../src/core/state/format";

/** Write a row, read its head from A and B, decode from the head's first cell: what an adapter does. */
function roundTrip(key: string, value: string): string | null {
  const cells = encodeStateRow(key, value);
  const head = readStateRow(cells[0], cells[1]);
  if (!head) throw new Error("no head");
  expect(head.key).toBe(key);
  return decodeStateValue(head, cells.slice(head.first));
}

describe("state row format", () => {
  test("key, 'j' and the count, then '~' and pieces of the value's JSON text under the cell limit", () => {
    const value = "x".repeat(2 * STATE_CHUNK_CHARS + 5);
    const cells = encodeStateRow("fill.undo", value);
    expect(cells[0]).toBe("fill.undo");
    expect(cells[1]).toBe("j3");
    expect(cells.slice(2).every((c) => c.startsWith("~") && c.length <= 32_767)).toBe(true);
    expect(cells[2]).toBe(`~"${"x".repeat(STATE_CHUNK_CHARS - 1)}`);
    expect(roundTrip("fill.undo", value)).toBe(value);
  });

  test("odd values come back exactly and no cell holds a character a file cannot", () => {
    for (const v of ["", "=1+1", "12345", "'quoted", "tab\tline\nbell\u0007 nul\u0000 😀 \" \\", "_x0041_ and __x00e9_", "\ufffe\uffff", "\ud800 lone"]) {
      expect(roundTrip("k", v)).toBe(v);
      for (const cell of encodeStateRow("k", v)) {
        expect([...cell].filter((ch) => (ch < " " && !"\t\n\r".includes(ch)) || ch === "\ufffe" || ch === "\uffff")).toEqual([]);
        expect(cell).not.toMatch(/_x[0-9A-Fa-f]{4}_/);
        expect(cell).not.toMatch(/^[=']|^\d/);
      }
    }
  });

  test("an empty row is free; cells that hold no value read as null, never as a guess", () => {
    expect(readStateRow("", "")).toBeNull();
    expect(readStateRow(null, undefined)).toBeNull();
    const head = readStateRow("k", "j2")!;
    expect(decodeStateValue(head, ['~"ab'])).toBeNull(); // a cell missing
    expect(decodeStateValue(head, ['~"ab', "~c"])).toBeNull(); // not JSON
    expect(decodeStateValue(head, ['~"ab', '~c"'])).toBe("abc");
    expect(decodeStateValue(readStateRow("k", "rusak")!, ["~x"])).toBeNull();
  });

  test("the Excel adapter's earlier rows: a plain count and the raw value", () => {
    const head = readStateRow("fill.undo", "2")!;
    expect(head).toMatchObject({ layout: "excel-v1", first: 2, count: 2 });
    expect(decodeStateValue(head, ['~{"a":', "~1}"])).toBe('{"a":1}');
    expect(decodeStateValue(readStateRow("k", 1)!, ["~=1+1"])).toBe("=1+1");
    expect(decodeStateValue(readStateRow("k", "0")!, [])).toBe("");
  });

  test("the xlsx adapter's earlier rows: JSON pieces from B up to the first empty cell", () => {
    const json = JSON.stringify('{"edits":[1,2]} ✓');
    const head = readStateRow("fill.undo", json.slice(0, 5))!;
    expect(head).toMatchObject({ layout: "xlsx-v1", first: 1 });
    expect(decodeStateValue(head, [json.slice(0, 5), json.slice(5), "", "junk"])).toBe('{"edits":[1,2]} ✓');
    expect(decodeStateValue(head, [json.slice(0, 5)])).toBeNull();
  });
});

describe("chunkString", () => {
  test("cuts below the size and joins back exactly", () => {
    const s = "a".repeat(70_001);
    expect(chunkString(s).map((p) => p.length)).toEqual([STATE_CHUNK_CHARS, STATE_CHUNK_CHARS, 70_001 - 2 * STATE_CHUNK_CHARS]);
    expect(chunkString(s).join("")).toBe(s);
  });

  test("never splits a surrogate pair", () => {
    const s = "ab😀cd😀";
    for (const size of [1, 2, 3, 4, 5]) {
      const parts = chunkString(s, size);
      expect(parts.join("")).toBe(s);
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(Math.max(size, 2));
      for (const p of parts) expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});

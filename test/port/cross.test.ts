/**
 * State and marks written by one implementation of the port are read by the
 * others: the workbook is saved as an .xlsx file by the writer and opened by
 * the reader (the fake Office.js workbook through test/port/bridge.ts, as
 * Excel would open and save the file).
 */
import { MARK_COLORS, MARKS_KEY } from "../../src/core/state/marks";
import { IMPLEMENTATIONS } from "./implementations";
import { LONG_VALUE, baseBytes, finding } from "./workbooks";

const PAIRS = IMPLEMENTATIONS.flatMap((writer) =>
  IMPLEMENTATIONS.filter((reader) => reader !== writer).map((reader) => ({ writer, reader, name: `${writer.name} -> ${reader.name}` })),
);

describe.each(PAIRS)("$name", ({ writer, reader }) => {
  test("undo records and marks written by one are read, replaced and cleared by the other, and the keys it writes come back", async () => {
    const base = await baseBytes();
    const before = await (await reader.open(base)).snapshot("Plan");

    const w = await writer.open(base);
    await w.wb.saveState("fill.undo", LONG_VALUE);
    await w.wb.saveState("kecil", "1");
    await w.wb.mark([finding("error", 1, 1, 1, 2), finding("warning", 4, 0, 4, 4)]); // B2 green, C2 patterned, row 5 none

    const r = await reader.open(await w.bytes());
    expect(await r.wb.sheets()).toEqual(["Plan", "Catatan"]);
    expect(await r.wb.loadState("fill.undo")).toBe(LONG_VALUE);
    expect(await r.wb.loadState("kecil")).toBe("1");
    expect(await r.fill("Plan", 1, 1)).toEqual({ pattern: "Solid", color: MARK_COLORS.error });
    // Marking again in the reader replaces the writer's marks: B2 gets its green back.
    await r.wb.mark([finding("info", 1, 2), finding("warning", 4, 0, 4, 4)]);
    expect(await r.fill("Plan", 1, 1)).toEqual(await (await reader.open(base)).fill("Plan", 1, 1));
    await r.wb.clearMarks();
    expect(await (await r.reopen()).snapshot("Plan")).toEqual(before);
    expect(await r.wb.loadState(MARKS_KEY)).toBeNull();
    await r.wb.saveState("kecil", null);
    await r.wb.saveState("baru", "dari pembaca");

    const back = await writer.open(await r.bytes());
    expect(await back.wb.loadState("fill.undo")).toBe(LONG_VALUE);
    expect(await back.wb.loadState("kecil")).toBeNull();
    expect(await back.wb.loadState("baru")).toBe("dari pembaca");
    expect(await back.wb.loadState(MARKS_KEY)).toBeNull();
  });

  test("marks made by one are cleared by the other straight away, every fill exactly", async () => {
    const base = await baseBytes();
    const before = await (await reader.open(base)).snapshot("Plan");
    const w = await writer.open(base);
    await w.wb.mark([finding("error", 0, 0, 5, 4)]);
    const r = await reader.open(await w.bytes());
    expect(await r.fill("Plan", 5, 4)).toEqual({ pattern: "Solid", color: MARK_COLORS.error });
    await r.wb.clearMarks();
    // As saved: Office.js cannot tell an explicit empty fill from none, and in the file they are the same record.
    expect(await (await r.reopen()).snapshot("Plan")).toEqual(before);
  });
});

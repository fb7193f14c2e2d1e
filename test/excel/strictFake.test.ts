/** The fake refuses what Excel refuses, so a test over it fails where Excel would. */
import { FakeBook, FakeContext, cellFor, fakeRun, getCell, putRows } from "./fake";

async function attempt(book: FakeBook, queue: (ctx: Excel.RequestContext) => void): Promise<unknown> {
  return fakeRun(book)
    .run(async (ctx) => {
      queue(ctx);
      await ctx.sync();
      return null;
    })
    .catch((e: unknown) => e);
}

function book(): FakeBook {
  const b = new FakeBook();
  putRows(b.addSheet("Plan"), [["a", 1], ["b", 2]]);
  return b;
}

const sheet = (ctx: Excel.RequestContext): Excel.Worksheet => ctx.workbook.worksheets.getItem("Plan");
const a1 = (ctx: Excel.RequestContext): Excel.Range => sheet(ctx).getRange("A1");
type Loose = Record<string, unknown>;

describe("enum values outside the typings' enums fail the sync (InvalidArgument)", () => {
  test.each<[string, (ctx: Excel.RequestContext) => void]>([
    ["fill.pattern LinearGradient", (ctx) => void (a1(ctx).format.fill.pattern = "LinearGradient")],
    ["horizontalAlignment middle", (ctx) => void ((a1(ctx).format as unknown as Loose).horizontalAlignment = "Middle")],
    ["verticalAlignment middle", (ctx) => void ((a1(ctx).format as unknown as Loose).verticalAlignment = "Middle")],
    ["font.underline true", (ctx) => void ((a1(ctx).format.font as unknown as Loose).underline = "True")],
    ["border style thin", (ctx) => void ((a1(ctx).format.borders.getItem("EdgeTop") as unknown as Loose).style = "Thin")],
    ["border weight Bold", (ctx) => void ((a1(ctx).format.borders.getItem("EdgeTop") as unknown as Loose).weight = "Bold")],
    ["border index Top", (ctx) => void (a1(ctx).format.borders.getItem("Top" as Excel.BorderIndex).style = "Continuous")],
    ["validation operator", (ctx) => void (a1(ctx).dataValidation.rule = { decimal: { formula1: 0, operator: "AtLeast" as Excel.DataValidationOperator } })],
    ["validation of two kinds", (ctx) => void (a1(ctx).dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" }, list: { inCellDropDown: true, source: "a,b" } })],
    ["validation kind unknown", (ctx) => void (a1(ctx).dataValidation.rule = { dropdown: { source: "a,b" } } as Excel.DataValidationRule)],
    ["list without inCellDropDown", (ctx) => void (a1(ctx).dataValidation.rule = { list: { source: "naik,turun" } as Excel.ListDataValidation })],
    ["list of an empty source", (ctx) => void (a1(ctx).dataValidation.rule = { list: { inCellDropDown: true, source: "" } })],
    ["list source over 255 characters", (ctx) => void (a1(ctx).dataValidation.rule = { list: { inCellDropDown: true, source: "x,".repeat(128) } })],
    ["alert style", (ctx) => void (a1(ctx).dataValidation.errorAlert = { style: "Error" as Excel.DataValidationAlertStyle, showAlert: true, message: "", title: "" })],
    ["orientation", (ctx) => void ((sheet(ctx).pageLayout as unknown as Loose).orientation = "Horizontal")],
    ["paper F4", (ctx) => void ((sheet(ctx).pageLayout as unknown as Loose).paperSize = "F4")],
    ["clear applyTo", (ctx) => a1(ctx).clear("Values" as Excel.ClearApplyTo)],
    ["visibility", (ctx) => void ((sheet(ctx) as unknown as Loose).visibility = "Invisible")],
    ["calculation type", (ctx) => ctx.workbook.application.calculate("Partial" as Excel.CalculationType)],
  ])("%s", async (_, queue) => {
    const b = book();
    expect(await attempt(b, queue)).toMatchObject({ code: "InvalidArgument" });
    expect(getCell(b.sheet("Plan")!, 0, 0).style).toEqual({});
  });

  test("the values the adapter uses pass", async () => {
    const b = book();
    expect(
      await attempt(b, (ctx) => {
        const f = a1(ctx).format;
        f.fill.pattern = "Gray50";
        f.horizontalAlignment = "Justify";
        f.verticalAlignment = "Center";
        f.borders.getItem("InsideHorizontal").style = "Dot";
        f.borders.getItem("InsideHorizontal").weight = "Medium";
        sheet(ctx).pageLayout.paperSize = "Folio";
        sheet(ctx).getRange("B1").dataValidation.rule = { list: { inCellDropDown: true, source: "naik,turun" } };
      }),
    ).toBeNull();
  });
});

describe("sheet names follow Excel's rules", () => {
  test.each(["", "x".repeat(32), "a/b", "a\\b", "a?", "a*", "[a]", "a:b", "'quoted", "quoted'", "History", "plan"])("%j is refused", async (name) => {
    const b = book();
    const err = await attempt(b, (ctx) => void ctx.workbook.worksheets.add(name));
    expect(err).toMatchObject({ code: name === "plan" ? "ItemAlreadyExists" : "InvalidArgument" });
    expect(b.sheets).toHaveLength(1);
  });

  test("31 characters, apostrophes inside and other punctuation are fine", async () => {
    const b = book();
    for (const name of ["x".repeat(31), "Rencana Aksi (2)", "Dinas's plan", "TW I-IV; 2027!"]) {
      expect(await attempt(b, (ctx) => void ctx.workbook.worksheets.add(name))).toBeNull();
    }
    expect(b.sheets).toHaveLength(5);
  });
});

describe("ranges stay inside 1,048,576 rows by 16,384 columns", () => {
  test.each([
    [1_048_575, 0, 2, 1],
    [0, 16_383, 1, 2],
    [-1, 0, 1, 1],
    [0, 0, 0, 1],
  ])("getRangeByIndexes(%i, %i, %i, %i) fails", async (r, c, rows, cols) => {
    expect(await attempt(book(), (ctx) => void (sheet(ctx).getRangeByIndexes(r, c, rows, cols).values = [[1]]))).toMatchObject({ code: "InvalidArgument" });
  });

  test("the last cell is fine; an address past it fails", async () => {
    const b = book();
    expect(await attempt(b, (ctx) => void (sheet(ctx).getRangeByIndexes(1_048_575, 16_383, 1, 1).values = [[7]]))).toBeNull();
    expect(getCell(b.sheet("Plan")!, 1_048_575, 16_383).value).toBe(7);
    expect(await attempt(b, (ctx) => void (sheet(ctx).getRange("XFE1").values = [[1]]))).toMatchObject({ code: "InvalidArgument" });
  });
});

test("payloads are measured in UTF-8 bytes: 2 MB of 'é' is 4 MB on the wire", async () => {
  const b = book();
  const text = "é".repeat(1024 * 1024);
  const ctx = new FakeContext(b, { limitBytes: 5 * 1024 * 1024 });
  const r = ctx.workbook.worksheets.getItem("Plan").getRange("A1:B1");
  r.values = [[text, text]];
  await ctx.sync();
  expect(ctx.syncs[0].requestBytes).toBeGreaterThan(4 * 1024 * 1024);
  r.values = [[text + text, text]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
});

test("reading a property before the sync that loads it throws PropertyNotLoaded", async () => {
  const ctx = new FakeContext(book());
  const r = ctx.workbook.worksheets.getItem("Plan").getRange("A1");
  expect(() => r.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  r.load("values");
  expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  await ctx.sync();
  expect(r.values).toEqual([["a"]]);
  expect(() => r.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
});

test("clear(applyTo): Contents keeps formats, Formats keeps values, All both", async () => {
  const b = book();
  const s = b.sheet("Plan")!;
  for (const r of [0, 1]) for (const c of [0, 1]) Object.assign(cellFor(s, r, c), { format: "0%", style: { "font.bold": true } });
  await attempt(b, (ctx) => {
    sheet(ctx).getRange("A1").clear("Contents");
    sheet(ctx).getRange("B1").clear("Formats");
    sheet(ctx).getRange("A2").clear();
  });
  expect(getCell(s, 0, 0)).toMatchObject({ value: "", type: "Empty", format: "0%", style: { "font.bold": true } });
  expect(getCell(s, 0, 1)).toMatchObject({ value: 1, format: "General", style: {} });
  expect(getCell(s, 1, 0)).toMatchObject({ value: "", format: "General", style: {} });
  expect(getCell(s, 1, 1)).toMatchObject({ value: 2, format: "0%" });
});

test("the failure switch raises the chosen code on the chosen call only", async () => {
  const b = book();
  b.failOn = { op: "values", sheet: "Plan", code: "AccessDenied" };
  expect(await attempt(b, (ctx) => void (a1(ctx).format.font.bold = true))).toBeNull();
  expect(await attempt(b, (ctx) => void (a1(ctx).values = [["x"]]))).toMatchObject({ code: "AccessDenied" });
  expect(getCell(b.sheet("Plan")!, 0, 0).value).toBe("a");
  b.failOn = { op: "*", code: "InvalidOperationInCellEditMode" };
  expect(await attempt(b, (ctx) => void sheet(ctx).load("name"))).toMatchObject({ code: "InvalidOperationInCellEditMode" });
});

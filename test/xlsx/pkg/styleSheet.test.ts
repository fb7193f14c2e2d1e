import * as fs from "fs";
import { StyleSheet } from "../../../src/xlsx/styleSheet";
import { parseXml } from "../../../src/xlsx/xml";
import { attrsOf, excelJsParts, loadWithExcelJs, realWorkbooks, unzipParts } from "./pkgHelpers";
import { EXCEL_STYLES, LIBREOFFICE_STYLES, PREFIXED_STYLES } from "./styleFixtures";

/** The length of the common beginning of two texts. */
function samePrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Element names of a part, in order (throws when it does not parse). */
function names(xml: string): string[] {
  const out: string[] = [];
  parseXml(xml, { open: (n) => out.push(n) });
  return out;
}

describe("StyleSheet reading", () => {
  const s = new StyleSheet(EXCEL_STYLES);

  test("number formats: built-in, custom, out of range", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => s.numFmt(i))).toEqual(["General", "#,##0", "mm-dd-yy", "[$-421]dd\\ mmmm\\ yyyy;@", "0.0%", "@", 'm/d/yy "h":mm']);
    expect(s.numFmt(99)).toBe("General");
    expect(s.numFmt(-1)).toBe("General");
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => s.isDate(i))).toEqual([false, false, true, true, false, false, true]);
    expect(s.xfCount).toBe(7);
  });

  test("locked: default, 0 and false", () => {
    expect(s.locked(0)).toBe(true);
    expect(s.locked(3)).toBe(false);
    const lo = new StyleSheet(LIBREOFFICE_STYLES);
    expect([lo.locked(0), lo.locked(1), lo.locked(2)]).toEqual([true, false, true]);
  });

  test("fills in the record's words, and as written", () => {
    expect(s.fill(0)).toEqual({ pattern: "None" });
    // theme 4 is accent1 of the default (Office 2007) palette when no theme part is given
    expect(s.fill(2)).toEqual({ pattern: "Solid", color: "#4F81BD", tint: 0.39997558519241921 });
    expect(s.fill(3)).toEqual({ pattern: "Gray50", color: "#FFFF00", patternColor: "#0000FF" });
    expect(s.fillXml(3)).toBe('<fill><patternFill patternType="mediumGray"><fgColor rgb="FF0000FF"/><bgColor rgb="FFFFFF00"/></patternFill></fill>');
    const theme = '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="X"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:lt1><a:srgbClr val="FEFEFE"/></a:lt1><a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme></a:themeElements></a:theme>';
    const themed = new StyleSheet(EXCEL_STYLES, theme);
    expect(themed.fill(2).color).toBe("#4472C4");
    expect(themed.look(0).color).toBe("#111111");
    expect(themed.look(2).color).toBe("#FEFEFE");
  });

  test("look: fonts, fills, alignment, borders", () => {
    expect(s.look(0)).toEqual({ size: 11, fontName: "Calibri", color: "#000000" });
    expect(s.look(2)).toEqual({
      bold: true, size: 12, fontName: "Arial", color: "#FFFFFF", fill: "#95B3D7", hAlign: "center", vAlign: "middle", wrap: true,
      border: { left: { style: "thin", color: "#000000" }, right: { style: "medium", color: "#C0504D" }, top: { style: "thin" }, bottom: { style: "double", color: "#00B050" } },
    });
    expect(s.look(3)).toMatchObject({ italic: true, underline: true, strike: true, size: 10, color: "#FF0000", fill: "#808080" });
    expect(s.look(4)).toEqual({ size: 11, fontName: "Calibri", color: "#000000", hAlign: "left", indent: 2 });
    expect(s.look(4)).toBe(s.look(4));
    const lo = new StyleSheet(LIBREOFFICE_STYLES);
    expect(lo.look(1)).toMatchObject({ bold: true, fill: "#FFFF00", vAlign: "top", wrap: true, hAlign: "general" });
    expect(lo.look(0).wrap).toBeUndefined();
    expect(lo.numFmt(0)).toBe("General");
    expect(lo.numFmt(1)).toBe("DD/MM/YYYY");
    expect(lo.isDate(1)).toBe(true);
    expect(lo.numFmt(2)).toBe("#,##0.00");
  });

  test("an x: prefixed part", () => {
    const p = new StyleSheet(PREFIXED_STYLES);
    expect(p.numFmt(1)).toBe("0.00%");
    expect(p.locked(1)).toBe(false);
    expect(p.look(0)).toEqual({ size: 11, fontName: "Calibri" });
  });

  const reals = realWorkbooks();
  test(`real workbooks (${reals.length} found beside the repo)`, () => {
    for (const file of reals) {
      const parts = unzipParts(new Uint8Array(fs.readFileSync(file)));
      const st = new StyleSheet(parts["xl/styles.xml"], parts["xl/theme/theme1.xml"]);
      const sheet = parts["xl/worksheets/sheet1.xml"];
      const used = new Set([...sheet.matchAll(/ s="(\d+)"/g)].map((m) => Number(m[1])));
      expect(used.size).toBeGreaterThan(1);
      for (const xf of used) {
        expect(xf).toBeLessThan(st.xfCount);
        expect(st.numFmt(xf)).toBe("General");
        expect(st.locked(xf)).toBe(true);
      }
      // xf 3: the header (bold, green fill #D9EAD3 written with alpha 00, thin borders, centred and wrapped)
      expect(st.fill(3)).toEqual({ pattern: "Solid", color: "#D9EAD3" });
      expect(st.fillXml(3)).toBe('<fill><patternFill patternType="solid"><fgColor rgb="00D9EAD3" /></patternFill></fill>');
      expect(st.look(3)).toMatchObject({ bold: true, fill: "#D9EAD3", hAlign: "center", vAlign: "middle", wrap: true });
      expect(Object.keys(st.look(3).border ?? {}).sort()).toEqual(["bottom", "left", "right", "top"]);
      expect(st.fill(0)).toEqual({ pattern: "None" });
      expect(st.changed).toBe(false);
      expect(st.toXml()).toBe(parts["xl/styles.xml"]);
    }
  });
});

describe("StyleSheet editing", () => {
  test("withNumFmt appends a numFmt and an xf; everything before the first change is kept", () => {
    const s = new StyleSheet(EXCEL_STYLES);
    const xf = s.withNumFmt(2, "#,##0.000");
    expect(xf).toBe(7);
    expect(s.numFmt(xf)).toBe("#,##0.000");
    expect(s.look(xf)).toEqual(s.look(2));
    expect(s.withNumFmt(2, "#,##0.000")).toBe(7);
    expect(s.changed).toBe(true);
    const out = s.toXml();
    const first = EXCEL_STYLES.indexOf('<numFmts count="2">');
    expect(samePrefix(out, EXCEL_STYLES)).toBe(first + '<numFmts count="'.length);
    expect(out).toContain('<numFmts count="3">');
    expect(out).toContain('<numFmt numFmtId="166" formatCode="#,##0.000"/></numFmts>');
    expect(out).toContain('<cellXfs count="8">');
    expect(attrsOf(out, "xf", 'numFmtId="166"')).toMatchObject({ fontId: "1", fillId: "2", borderId: "1", applyNumberFormat: "1" });
    // removing the appended records and restoring the counts gives the original back
    const back = out.replace(/<numFmt numFmtId="166"[^>]*\/>/, "").replace(/<xf numFmtId="166".*?<\/xf>/, "").replace('count="3"', 'count="2"').replace('<cellXfs count="8"', '<cellXfs count="7"');
    expect(back).toBe(EXCEL_STYLES);
    const again = new StyleSheet(out);
    expect(again.numFmt(7)).toBe("#,##0.000");
    expect(again.xfCount).toBe(8);
  });

  test("withNumFmt reuses formats and xfs", () => {
    const s = new StyleSheet(EXCEL_STYLES);
    expect(s.withNumFmt(0, "#,##0")).toBe(1); // built-in 3, an identical xf exists
    expect(s.withNumFmt(1, "General")).toBe(0);
    expect(s.withNumFmt(2, "mm-dd-yy")).toBe(2);
    const pct = s.withNumFmt(0, "0.0%"); // custom 165 exists; the xf differs from xf 4 (alignment)
    expect(pct).toBe(7);
    expect(s.toXml()).not.toContain('numFmtId="166"');
    expect(s.withNumFmt(0, "0.00%")).toBe(8); // built-in 10, no numFmt appended
    expect(s.numFmt(8)).toBe("0.00%");
    expect(s.toXml()).toContain('<numFmts count="2">');
    expect(s.withNumFmt(99, "0.0%")).toBe(7); // out of range reads as xf 0
  });

  test("withFill: record fills, no fill, and an exact restore", () => {
    const s = new StyleSheet(EXCEL_STYLES);
    const red = s.withFill(0, { pattern: "Solid", color: "#FF0000" });
    expect(s.fill(red)).toEqual({ pattern: "Solid", color: "#FF0000" });
    expect(s.withFill(0, { pattern: "Solid", color: "#FF0000" })).toBe(red);
    expect(s.withFill(red, { pattern: "None" })).toBe(0);
    const tinted = s.withFill(0, { pattern: "Solid", color: "#4F81BD", tint: 0.5 });
    expect(s.fill(tinted)).toEqual({ pattern: "Solid", color: "#4F81BD", tint: 0.5 });
    // exact restore of a theme fill: the very element, reused
    expect(s.withFill(red, { xml: s.fillXml(2)! })).toBe(s.withFill(0, { xml: s.fillXml(2)! }));
    expect(s.fillXml(s.withFill(0, { xml: s.fillXml(2)! }))).toBe(s.fillXml(2));
    const odd = '<fill><patternFill patternType="lightTrellis"><fgColor theme="7" tint="-0.25"/></patternFill></fill>';
    const restored = s.withFill(3, { xml: odd });
    expect(s.fillXml(restored)).toBe(odd);
    expect(s.fill(restored)).toEqual({ pattern: "CrissCross", patternColor: "#8064A2", patternTint: -0.25 });
    expect(s.locked(restored)).toBe(false); // the rest of xf 3 kept
    // a fill the ExcelJS adapter kept in CellFill.file
    const file = s.withFill(0, { pattern: "Solid", color: "#4F81BD", file: { type: "pattern", pattern: "solid", fgColor: { theme: 4 } } });
    expect(s.fillXml(file)).toBe('<fill><patternFill patternType="solid"><fgColor theme="4"/></patternFill></fill>');
    expect(s.withFill(0, { ...s.fill(restored), file: { xml: odd } })).toBe(s.withFill(0, { xml: odd }));
    expect(s.fillXml(s.withFill(0, { xml: odd }))).toBe(odd);
    const out = s.toXml();
    expect(samePrefix(out, EXCEL_STYLES)).toBe(EXCEL_STYLES.indexOf('<fills count="4">') + '<fills count="'.length);
    expect(names(out).filter((n) => n === "fill").length).toBe(4 + 4 + 1); // 4 new, 1 in dxfs
  });

  test("xfFor: fonts, fills, borders, alignment, formats, deduplicated", () => {
    const s = new StyleSheet(EXCEL_STYLES);
    const a = s.xfFor({ bold: true, fill: "D9E1F2", border: { top: "thin", bottom: "medium" }, hAlign: "center", vAlign: "middle", wrap: true, numberFormat: "0.00" });
    expect(s.xfFor({ numberFormat: "0.00", wrap: true, vAlign: "middle", hAlign: "center", border: { bottom: "medium", top: "thin" }, fill: "D9E1F2", bold: true })).toBe(a);
    expect(s.look(a)).toEqual({
      bold: true, size: 11, fontName: "Calibri", color: "#000000", fill: "#D9E1F2", hAlign: "center", vAlign: "middle", wrap: true,
      border: { top: { style: "thin", color: "#000000" }, bottom: { style: "medium", color: "#000000" } },
    });
    expect(s.numFmt(a)).toBe("0.00");
    expect(s.xfFor({})).toBe(0);
    expect(s.xfFor({ numberFormat: "#,##0" })).toBe(1);
    const ind = s.xfFor({ indent: 1, fontName: "Arial", fontSize: 14, fontColor: "1F497D", italic: true, underline: true });
    expect(s.look(ind)).toEqual({ italic: true, underline: true, size: 14, fontName: "Arial", color: "#1F497D", hAlign: "left", indent: 1 });
    expect(new StyleSheet(s.toXml()).look(ind)).toEqual(s.look(ind));
    // the scheme font stays only with the scheme's face
    expect(s.toXml()).toContain('<font><i/><u/><sz val="14"/><color rgb="FF1F497D"/><name val="Arial"/></font>');
  });

  test("a package without a styles part", () => {
    const s = new StyleSheet(null);
    expect(s.changed).toBe(true);
    expect(s.numFmt(0)).toBe("General");
    expect(s.locked(0)).toBe(true);
    const xf = s.xfFor({ bold: true, numberFormat: "0%" });
    expect(xf).toBe(1);
    const out = s.toXml();
    expect(names(out).slice(0, 3)).toEqual(["styleSheet", "fonts", "font"]);
    expect(new StyleSheet(out).numFmt(1)).toBe("0%");
    expect(new StyleSheet(out).look(1).bold).toBe(true);
  });

  test("self-closing and missing lists are created in schema order, with the part's prefix", () => {
    const p = new StyleSheet(PREFIXED_STYLES);
    const xf = p.xfFor({ border: { left: "thin" }, numberFormat: "0.000" });
    const out = p.toXml();
    const top = names(out).filter((n, i, all) => i === 0 || ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"].includes(n) && all.indexOf(n) === i);
    expect(top).toEqual(["styleSheet", "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
    expect(out).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.000"/></x:numFmts><x:fonts count="1">');
    expect(out).toContain('<x:borders count="2"><x:border><x:left/>');
    expect(out).toContain('<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="3">');
    expect(out).not.toMatch(/<(?!x:|\/x:|\?xml)[a-z]/);
    const again = new StyleSheet(out);
    expect(again.numFmt(xf)).toBe("0.000");
    expect(again.look(xf).border).toEqual({ left: { style: "thin", color: "#000000" } });
  });

  test("LibreOffice: xf copies keep its true/false values and read back", () => {
    const lo = new StyleSheet(LIBREOFFICE_STYLES);
    const xf = lo.withNumFmt(1, "0.00");
    expect(xf).toBe(3);
    expect(lo.locked(xf)).toBe(false);
    expect(lo.look(xf)).toEqual(lo.look(1));
    const out = lo.toXml();
    expect(out).toContain('<numFmts count="2">'); // 0.00 is built-in 2
    expect(attrsOf(out, "xf", 'numFmtId="2"')).toMatchObject({ fontId: "1", applyFont: "true", applyNumberFormat: "1" });
    expect(lo.withNumFmt(0, "General")).toBe(0);
  });

  test("openpyxl's <numFmts count=\"0\" /> is opened when a format is added", () => {
    const part = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="0" /><fonts count="1"><font><sz val="11" /></font></fonts><fills count="2"><fill><patternFill /></fill><fill><patternFill patternType="gray125" /></fill></fills><borders count="1"><border /></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" /></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" /></cellXfs></styleSheet>';
    const s = new StyleSheet(part);
    expect(s.fill(0)).toEqual({ pattern: "None" });
    expect(s.withFill(0, { pattern: "None" })).toBe(0);
    const xf = s.withNumFmt(0, "0.0");
    expect(s.toXml()).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts');
    expect(new StyleSheet(s.toXml()).numFmt(xf)).toBe("0.0");
  });
});

describe("StyleSheet output read by ExcelJS", () => {
  test("formats and fills of appended styles", async () => {
    const parts = await excelJsParts((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.getCell("A1").value = 1234.5;
      ws.getCell("A2").value = 0.25;
      ws.getCell("A2").numFmt = "0%";
      ws.getCell("A3").value = "x";
    });
    const s = new StyleSheet(parts["xl/styles.xml"], parts["xl/theme/theme1.xml"]);
    const sheet = parts["xl/worksheets/sheet1.xml"];
    const sOf = (ref: string) => Number(attrsOf(sheet, "c", `r="${ref}"`)?.s ?? 0);
    const a1 = s.withFill(s.withNumFmt(sOf("A1"), "#,##0.00"), { pattern: "Solid", color: "#FFC000" });
    const a2 = s.withNumFmt(sOf("A2"), "0.000%");
    const a3 = s.xfFor({ bold: true, fill: "D9E1F2", border: { bottom: "thin" }, hAlign: "center" });
    const setS = (xml: string, ref: string, xf: number) => xml.replace(new RegExp(`<c r="${ref}"( s="\\d+")?`), `<c r="${ref}" s="${xf}"`);
    parts["xl/worksheets/sheet1.xml"] = setS(setS(setS(sheet, "A1", a1), "A2", a2), "A3", a3);
    parts["xl/styles.xml"] = s.toXml();
    const ws = (await loadWithExcelJs(parts)).getWorksheet("Sheet1")!;
    expect(ws.getCell("A1").numFmt).toBe("#,##0.00");
    expect(ws.getCell("A1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } });
    expect(ws.getCell("A2").numFmt).toBe("0.000%");
    expect(ws.getCell("A3").font).toMatchObject({ bold: true });
    expect(ws.getCell("A3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A3").border.bottom).toMatchObject({ style: "thin" });
    expect(ws.getCell("A3").alignment).toMatchObject({ horizontal: "center" });
  });
});

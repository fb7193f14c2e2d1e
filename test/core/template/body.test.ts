import { DEFAULT_DATA_ROWS, FONT_NAME, layoutFor, templateSheet, PERCENT_FORMAT } from "../../../src/core/template";
import type { SpecValidation } from "../../../src/core/sheetspec";
import { t } from "../../../src/core/i18n";
import { effectiveStyle, inside } from "./specHelpers";

const QUARTER_COLS = [8, 9, 10, 11, 12, 13, 14, 15];

function validationsAt(v: readonly SpecValidation[], row: number, col: number): SpecValidation[] {
  return v.filter((x) => inside(x.range, row, col));
}

describe("template data rows", () => {
  test(`${DEFAULT_DATA_ROWS} empty data rows by default, dataRows changes it`, () => {
    const l = layoutFor({ year: 2027 });
    expect(l.dataBottom - l.dataTop + 1).toBe(DEFAULT_DATA_ROWS);
    const l5 = layoutFor({ year: 2027, dataRows: 5 });
    expect(l5.dataBottom - l5.dataTop + 1).toBe(5);
    const lBad = layoutFor({ year: 2027, dataRows: Number.NaN });
    expect(lBad.dataBottom - lBad.dataTop + 1).toBe(DEFAULT_DATA_ROWS);
    const lNone = layoutFor({ year: 2027, dataRows: -3 });
    expect(lNone.dataBottom).toBe(lNone.dataTop); // always one row to type in
  });

  test("every quarter cell has a percent format and a 0..1 decimal validation in Indonesian", () => {
    for (const opts of [{ year: 2027, dataRows: 12 }, { year: 2027, prefill: true, columnNumbers: true }]) {
      const spec = templateSheet(opts);
      const l = layoutFor(opts);
      for (let r = l.dataTop; r <= l.dataBottom; r++) {
        for (const c of QUARTER_COLS) {
          const s = effectiveStyle(spec, r, c);
          expect(s.numberFormat).toBe(PERCENT_FORMAT);
          expect(s.numberFormat).toContain("%");
          const vs = validationsAt(spec.validations ?? [], r, c);
          expect(vs).toHaveLength(1);
          expect(vs[0]).toMatchObject({ type: "decimal", min: 0, max: 1 });
          expect(vs[0].error.text).toBe(t("template.quarterError", "id"));
          expect(vs[0].prompt?.text).toBe(t("template.quarterPrompt", "id"));
        }
      }
      // Nothing outside the data area is validated.
      for (const v of spec.validations ?? []) {
        expect(v.range.top).toBe(l.dataTop);
        expect(v.range.bottom).toBe(l.dataBottom);
      }
    }
  });

  test("Target cells take a number >= 0; text columns are not validated", () => {
    const spec = templateSheet({ year: 2027 });
    const l = layoutFor({ year: 2027 });
    const target = l.columns.target!;
    expect(target).toBe(6);
    const vs = validationsAt(spec.validations ?? [], l.dataTop, target);
    expect(vs).toHaveLength(1);
    expect(vs[0]).toMatchObject({ type: "decimal", min: 0 });
    expect(vs[0]).not.toHaveProperty("max");
    for (const role of ["sasaran", "uraian", "indikator", "satuan", "keterangan"] as const) {
      expect(validationsAt(spec.validations ?? [], l.dataTop, l.columns[role]!)).toHaveLength(0);
    }
  });

  test("data cells: thin borders, wrapped, top-aligned; quarters centred", () => {
    const spec = templateSheet({ year: 2027, dataRows: 3 });
    const l = layoutFor({ year: 2027, dataRows: 3 });
    for (let r = l.dataTop; r <= l.dataBottom; r++) {
      for (let c = 0; c <= l.lastCol; c++) {
        const s = effectiveStyle(spec, r, c);
        expect(s).toMatchObject({ wrap: true, vAlign: "top" });
        expect(s.border).toEqual({ top: "thin", bottom: "thin", left: "thin", right: "thin" });
        if (QUARTER_COLS.includes(c)) expect(s.hAlign).toBe("center");
      }
    }
    // Below the table: nothing.
    expect(effectiveStyle(spec, l.dataBottom + 1, 0)).toEqual({});
  });

  test("every styled cell names the form's font, so Excel and LibreOffice wrap text alike", () => {
    const spec = templateSheet({ year: 2027, office: "Dinas X", prefill: true, columnNumbers: true });
    const styles = [...spec.cells.map((c) => c.style), ...(spec.rangeStyles ?? []).map((r) => r.style)];
    for (const s of styles) {
      expect(s?.fontName).toBe(FONT_NAME);
      expect(s?.fontSize).toBeGreaterThanOrEqual(8);
    }
  });

  test("column widths: every column set, description columns wider than quarter columns", () => {
    const spec = templateSheet({ year: 2027 });
    for (let c = 0; c <= 16; c++) expect(spec.columnWidths[c]).toBeGreaterThan(5);
    expect(spec.columnWidths[4]).toBeGreaterThan(spec.columnWidths[8] * 3);
  });
});

/** Range and range-areas proxies of the fake Office.js API (the worksheet proxy: sheet.ts). */
import type { RangeRef } from "../../../src/core/grid";
import { format, intersect } from "./address";
import { FakeOfficeError, Loadable, jsonLength, propList } from "./base";
import type { FakeContext } from "./context";
import { checkEnum, checkValidation } from "./enums";
import { cellFor, cellKey, getCell, type FakeSheet } from "./model";
import { styleProxy } from "./style";
import { SheetProxy } from "./sheet";
import { displayText, writeValue } from "./values";
import { conditionalFormatsProxy } from "./conditional";

type Target = () => { sheet: FakeSheet; ref: RangeRef | null };

const each = (ref: RangeRef, f: (r: number, c: number) => void): void => {
  for (let r = ref.top; r <= ref.bottom; r++) for (let c = ref.left; c <= ref.right; c++) f(r, c);
};

export class RangeProxy extends Loadable {
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { add(type: string): unknown };

  constructor(
    private readonly ctx: FakeContext,
    private readonly target: Target,
    private readonly orNull = false,
  ) {
    super();
    this.format = styleProxy(ctx, () => this.resolveBoth());
    this.dataValidation = validationProxy(ctx, () => this.resolveBoth());
    this.conditionalFormats = conditionalFormatsProxy(ctx, () => this.resolveBoth());
  }

  private sheetProxy?: SheetProxy;

  /** The range's worksheet: one proxy, as in Office.js (load its name, then read it). */
  get worksheet(): SheetProxy {
    return (this.sheetProxy ??= new SheetProxy(this.ctx, () => this.target().sheet));
  }

  resolveRef(): RangeRef {
    const ref = this.target().ref;
    if (!ref) throw new FakeOfficeError("InvalidReference", "null object used");
    return ref;
  }

  private resolveBoth(): { sheet: FakeSheet; ref: RangeRef } {
    return { sheet: this.target().sheet, ref: this.resolveRef() };
  }

  load(props: string | string[]): this {
    const read = (n: string): unknown => {
      const { sheet, ref } = this.resolveBoth();
      const grid = (f: (r: number, c: number) => unknown): unknown[][] => {
        const rows: unknown[][] = [];
        for (let r = ref.top; r <= ref.bottom; r++) {
          const row: unknown[] = [];
          for (let c = ref.left; c <= ref.right; c++) row.push(f(r, c));
          rows.push(row);
        }
        return rows;
      };
      switch (n) {
        case "values": return grid((r, c) => getCell(sheet, r, c).value);
        case "text": return grid((r, c) => displayText(getCell(sheet, r, c)));
        case "numberFormat": return grid((r, c) => getCell(sheet, r, c).format);
        case "valueTypes": return grid((r, c) => getCell(sheet, r, c).type);
        case "rowIndex": return ref.top;
        case "columnIndex": return ref.left;
        case "rowCount": return ref.bottom - ref.top + 1;
        case "columnCount": return ref.right - ref.left + 1;
        case "address": return format(ref, sheet.name);
        default: throw new Error(`fake: range property ${n} not supported`);
      }
    };
    const all = propList(props);
    const sheetProps = all.filter((p) => p.startsWith("worksheet/")).map((p) => p.slice("worksheet/".length));
    if (sheetProps.length > 0) this.worksheet.load(sheetProps);
    this.queueLoad(this.ctx, all.filter((p) => !p.startsWith("worksheet/")), read, () => this.orNull && this.target().ref === null, () => this.target().sheet.name);
    return this;
  }

  get values(): unknown[][] { return this.prop("values"); }
  get text(): string[][] { return this.prop("text"); }
  get numberFormat(): unknown[][] { return this.prop("numberFormat"); }
  get valueTypes(): string[][] { return this.prop("valueTypes"); }
  get rowIndex(): number { return this.prop("rowIndex"); }
  get columnIndex(): number { return this.prop("columnIndex"); }
  get rowCount(): number { return this.prop("rowCount"); }
  get columnCount(): number { return this.prop("columnCount"); }
  get address(): string { return this.prop("address"); }

  set values(v: unknown[][]) {
    this.writeCells("values", v, (cell, x) => {
      writeValue(cell, x);
      if (this.ctx.calculationSuspended) this.ctx.book.calculationPending = true;
    });
  }

  set numberFormat(v: unknown[][]) {
    this.writeCells("numberFormat", v, (cell, x) => (cell.format = String(x)));
  }

  /** Queue an operation on the resolved range; logged with sheet and address once it ran. */
  private op(op: string, apply: (sheet: FakeSheet, ref: RangeRef) => void, value?: unknown, argBytes = 0): void {
    this.ctx.enqueue({ requestBytes: 100 + argBytes, run: () => {
      const { sheet, ref } = this.resolveBoth();
      this.ctx.check(op, sheet.name);
      apply(sheet, ref);
      this.ctx.log.push({ op, sheet: sheet.name, address: format(ref), value });
    } });
  }

  private writeCells(op: string, v: unknown[][], apply: (cell: ReturnType<typeof cellFor>, x: unknown) => void): void {
    this.op(op, (sheet, ref) => {
      if (v.length !== ref.bottom - ref.top + 1 || v.some((row) => row.length !== ref.right - ref.left + 1)) {
        throw new FakeOfficeError("InvalidArgument", `${op}: array does not match ${format(ref)}`);
      }
      each(ref, (r, c) => apply(cellFor(sheet, r, c), v[r - ref.top][c - ref.left]));
    }, v, jsonLength(v));
  }

  merge(across = false): void {
    this.op("merge", (sheet, ref) => {
      if (sheet.merges.some((m) => intersect(m, ref))) throw new FakeOfficeError("MergedRangeConflict");
      sheet.merges.push({ ...ref });
    }, across);
  }

  /** Contents: values and formulas; Formats: number formats and styles; All: both (hyperlinks: none in the fake). */
  clear(applyTo = "All"): void {
    this.op("clear", (sheet, ref) => {
      checkEnum("clearApplyTo", applyTo);
      const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
      const formats = applyTo === "All" || applyTo === "Formats";
      each(ref, (r, c) => {
        const cell = sheet.cells.get(cellKey(r, c));
        if (!cell) return;
        if (contents) writeValue(cell, "");
        if (formats) {
          cell.format = "General";
          cell.style = {};
        }
      });
    }, applyTo);
  }

  select(): void {
    this.op("select", (sheet, ref) => (this.ctx.book.selection = { sheet: sheet.name, address: format(ref) }));
  }

  getIntersection(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const a = this.resolveBoth();
      const b = other.resolveRef();
      const ref = intersect(a.ref, b);
      if (!ref) throw new FakeOfficeError("InvalidArgument", "no intersection");
      return { sheet: a.sheet, ref };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const { sheet, ref } = this.resolveBoth();
      const hits = sheet.merges.filter((m) => intersect(m, ref));
      if (hits.length > this.ctx.options.mergedAreasLimit) throw new FakeOfficeError("GeneralException", "too many merged areas");
      return { sheet, areas: hits.map((m) => (this.ctx.options.clipMergedAreas ? (intersect(m, ref) as RangeRef) : m)) };
    });
  }

  getSpecialCellsOrNullObject(kind: string): RangeAreasProxy {
    if (kind === "Formulas") return this.formulaCells();
    if (kind !== "Visible") throw new Error(`fake: special cells ${kind} not supported`);
    return new RangeAreasProxy(this.ctx, () => {
      if (this.ctx.options.failVisibleCells) throw new FakeOfficeError("GeneralException", "visible cells unavailable");
      const { sheet, ref } = this.resolveBoth();
      const runs = (lo: number, hi: number, hidden: Set<number>): [number, number][] => {
        const out: [number, number][] = [];
        for (const h of [...hidden].filter((x) => x >= lo && x <= hi).sort((a, b) => a - b).concat([hi + 1])) {
          if (h > lo) out.push([lo, h - 1]);
          lo = h + 1;
        }
        return out;
      };
      const areas: RangeRef[] = [];
      for (const [top, bottom] of runs(ref.top, ref.bottom, sheet.hiddenRows)) {
        for (const [left, right] of runs(ref.left, ref.right, sheet.hiddenCols)) areas.push({ top, bottom, left, right });
      }
      return { sheet, areas };
    });
  }

  /** Cells holding formulas, as runs along each row (Excel joins them into larger rectangles; any split is valid). */
  private formulaCells(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      if (this.ctx.options.failFormulaCells) throw new FakeOfficeError("GeneralException", "formula cells unavailable");
      const { sheet, ref } = this.resolveBoth();
      const areas: RangeRef[] = [];
      each(ref, (r, c) => {
        if (getCell(sheet, r, c).formula === undefined) return;
        const last = areas[areas.length - 1];
        if (last && last.top === r && last.right === c - 1) last.right = c;
        else areas.push({ top: r, left: c, bottom: r, right: c });
      });
      return { sheet, areas };
    });
  }

  getCellProperties(opts: { format?: { fill?: Record<string, boolean> } }): { readonly value: unknown[][] } {
    if (!opts.format?.fill || Object.keys(opts).length !== 1) throw new Error("fake: getCellProperties supports format.fill only");
    let value: unknown[][] | undefined;
    this.ctx.enqueue({ requestBytes: 200, run: () => {
      const { sheet, ref } = this.resolveBoth();
      this.ctx.check("load", sheet.name);
      const rows: unknown[][] = [];
      for (let r = ref.top; r <= ref.bottom; r++) {
        const row: unknown[] = [];
        for (let c = ref.left; c <= ref.right; c++) {
          const s = getCell(sheet, r, c).style;
          row.push({ format: { fill: {
            color: (s["fill.color"] as string) ?? "#FFFFFF",
            pattern: (s["fill.pattern"] as string) ?? "None",
            patternColor: (s["fill.patternColor"] as string) ?? "#000000",
            tintAndShade: (s["fill.tintAndShade"] as number) ?? 0,
            patternTintAndShade: (s["fill.patternTintAndShade"] as number) ?? 0,
          } } });
        }
        rows.push(row);
      }
      return { response: rows, publish: () => (value = rows) };
    } });
    return {
      get value(): unknown[][] {
        if (!value) throw new Error("PropertyNotLoaded: getCellProperties result read before sync");
        return value;
      },
    };
  }
}

export class RangeAreasProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly compute: () => { sheet: FakeSheet; areas: RangeRef[] },
  ) {
    super();
  }

  load(props: string | string[]): this {
    let result: { sheet: FakeSheet; areas: RangeRef[] } | undefined;
    const get = (): { sheet: FakeSheet; areas: RangeRef[] } => (result ??= this.compute());
    this.queueLoad(this.ctx, propList(props), (n) => {
      const { sheet, areas } = get();
      if (n === "areaCount") return areas.length;
      if (n === "address") return areas.slice(0, this.ctx.options.addressAreasLimit).map((a) => format(a, sheet.name)).join(", ");
      throw new Error(`fake: range areas property ${n} not supported`);
    }, () => get().areas.length === 0, () => get().sheet.name);
    return this;
  }

  get address(): string { return this.prop("address"); }
  get areaCount(): number { return this.prop("areaCount"); }
}

function validationProxy(ctx: FakeContext, target: () => { sheet: FakeSheet; ref: RangeRef }): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    set: (_t, key, value) => {
      ctx.write({ op: "dataValidation", key: String(key), value }, () => {
        checkValidation(String(key), value);
        const { sheet, ref } = target();
        ctx.check("dataValidation", sheet.name);
        let v = sheet.validations.find((x) => format(x.range) === format(ref));
        if (!v) sheet.validations.push((v = { range: ref, props: {} }));
        v.props[String(key)] = value;
      });
      return true;
    },
  });
}

/** Worksheet proxy of the fake Office.js API: ranges, freeze panes, page layout and breaks, position, name. */
import type { RangeRef } from "../../../src/core/grid";
import { COLS, ROWS, format, parse } from "./address";
import { FakeOfficeError, Loadable, propList } from "./base";
import type { FakeContext } from "./context";
import { ENUMS, checkEnum, checkSheetName } from "./enums";
import { usedRange, type FakeSheet } from "./model";
import { RangeProxy } from "./range";

export class SheetProxy extends Loadable {
  readonly freezePanes;
  readonly pageLayout;
  /** Manual page breaks (ExcelApi 1.9): add(range) breaks before the range's top row, kept in props.rowBreaks. */
  readonly horizontalPageBreaks;

  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super();
    const freeze = (op: string, f: () => { rows: number; cols: number }): void =>
      this.ctx.enqueue({ requestBytes: 100, run: () => {
        const sheet = this.resolve();
        this.ctx.check(op, sheet.name);
        sheet.freeze = f();
        this.ctx.log.push({ op, sheet: sheet.name, value: sheet.freeze });
      } });
    this.freezePanes = {
      freezeAt: (r: RangeProxy) =>
        freeze("freezeAt", () => {
          const ref = r.resolveRef();
          if (ref.top !== 0 || ref.left !== 0) throw new FakeOfficeError("InvalidArgument");
          return { rows: ref.bottom + 1, cols: ref.right + 1 };
        }),
      freezeRows: (n: number) => freeze("freezeRows", () => ({ rows: n, cols: 0 })),
      freezeColumns: (n: number) => freeze("freezeColumns", () => ({ rows: 0, cols: n })),
    };
    this.pageLayout = pageLayoutProxy(this.ctx, this.resolve);
    this.horizontalPageBreaks = {
      add: (r: RangeProxy) =>
        this.ctx.enqueue({ requestBytes: 100, run: () => {
          const sheet = this.resolve();
          this.ctx.check("pageBreak", sheet.name);
          const row = r.resolveRef().top;
          const list = ((sheet.props.rowBreaks as number[] | undefined) ??= []);
          if (!list.includes(row)) list.push(row);
          this.ctx.log.push({ op: "pageBreak", sheet: sheet.name, value: row });
        } }),
    };
  }

  /** A range proxy; its address is worked out once, when its first operation runs. */
  private range(ref: () => RangeRef | null, orNull = false): RangeProxy {
    let memo: { sheet: FakeSheet; ref: RangeRef | null } | undefined;
    return new RangeProxy(this.ctx, () => (memo ??= { sheet: this.resolve(), ref: ref() }), orNull);
  }

  getRange(address?: string): RangeProxy {
    return this.range(() => {
      if (address === undefined) return { top: 0, left: 0, bottom: ROWS - 1, right: COLS - 1 };
      const ref = parse(address);
      if (ref.bottom >= ROWS || ref.right >= COLS) throw new FakeOfficeError("InvalidArgument", `${address} is outside the sheet`);
      return ref;
    });
  }

  /** Fails at sync (InvalidArgument) outside the grid of 1,048,576 rows by 16,384 columns, or with no cells. */
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.range(() => {
      const whole = [row, col, rows, cols].every(Number.isInteger);
      if (!whole || row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > ROWS || col + cols > COLS) {
        throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols}) is outside the sheet`);
      }
      return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range(() => usedRange(this.resolve(), valuesOnly), true);
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(() => usedRange(this.resolve(), valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  activate(): void {
    this.ctx.write({ op: "activate" }, () => {
      const sheet = this.resolve();
      this.ctx.check("activate", sheet.name);
      this.ctx.book.active = sheet.name;
    });
  }

  /** Delete the sheet (the active sheet then is the first visible one, as near as the fake gets). */
  delete(): void {
    this.ctx.write({ op: "deleteSheet" }, () => {
      const sheet = this.resolve();
      this.ctx.check("deleteSheet", sheet.name);
      const book = this.ctx.book;
      book.sheets = book.sheets.filter((s) => s !== sheet);
      if (book.active === sheet.name) book.active = book.sheets.find((s) => s.visibility === "Visible")?.name;
    });
  }

  set visibility(v: string) {
    this.ctx.write({ op: "visibility", value: v }, () => {
      checkEnum("visibility", v);
      const sheet = this.resolve();
      this.ctx.check("visibility", sheet.name);
      sheet.visibility = v as FakeSheet["visibility"];
    });
  }

  /** The sheet's place among all sheets (hidden ones count), 0-based; InvalidArgument outside the list. */
  set position(i: number) {
    this.ctx.write({ op: "position", value: i }, () => {
      const book = this.ctx.book;
      const sheet = this.resolve();
      if (!Number.isInteger(i) || i < 0 || i >= book.sheets.length) throw new FakeOfficeError("InvalidArgument", `position ${i}`);
      const rest = book.sheets.filter((s) => s !== sheet);
      book.sheets = [...rest.slice(0, i), sheet, ...rest.slice(i)];
    });
  }

  set tabColor(v: string) {
    this.ctx.write({ op: "tabColor", value: v }, () => (this.resolve().props.tabColor = v));
  }

  set showGridlines(v: boolean) {
    this.ctx.write({ op: "showGridlines", value: v }, () => (this.resolve().props.showGridlines = v));
  }

  load(props: string | string[]): this {
    this.queueLoad(this.ctx, propList(props), (n) => (this.resolve() as unknown as Record<string, unknown>)[n], undefined, () => this.resolve().name);
    return this;
  }

  get name(): string {
    return this.prop("name");
  }

  /** Rename the sheet; ItemAlreadyExists when another sheet has the name. */
  set name(v: string) {
    this.ctx.write({ op: "rename", value: v }, () => {
      const sheet = this.resolve();
      checkSheetName(v);
      const other = this.ctx.book.sheet(v);
      if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists");
      if (this.ctx.book.active === sheet.name) this.ctx.book.active = v;
      sheet.name = v;
    });
  }
}

function pageLayoutProxy(ctx: FakeContext, sheet: () => FakeSheet): Record<string, unknown> {
  const set = (key: string, value: unknown): void =>
    ctx.write({ op: "pageLayout", key, value }, () => {
      if (ENUMS[`pageLayout.${key}`]) checkEnum(`pageLayout.${key}`, value);
      ctx.check("pageLayout", sheet().name);
      sheet().pageLayout[key] = value;
    });
  const target = {
    setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
    setPrintArea: (area: RangeProxy | string) =>
      ctx.enqueue({ requestBytes: 100, run: () => {
        const value = typeof area === "string" ? area : format(area.resolveRef());
        ctx.check("pageLayout", sheet().name);
        sheet().pageLayout.printArea = value;
        ctx.log.push({ op: "pageLayout", key: "printArea", value });
      } }),
  };
  return new Proxy(target as Record<string, unknown>, {
    set: (_t, key, value) => {
      set(String(key), value);
      return true;
    },
  });
}

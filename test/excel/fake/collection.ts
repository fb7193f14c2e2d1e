/** context.workbook of the fake: the worksheet collection and the application. */
import { FakeOfficeError, Loadable, propList } from "./base";
import type { FakeContext } from "./context";
import type { RangeRef } from "../../../src/core/grid";
import type { FakeSheet } from "./model";
import { parse } from "./address";
import { checkEnum, checkSheetName } from "./enums";
import { RangeProxy } from "./range";
import { SheetProxy } from "./sheet";

export class WorksheetCollectionProxy extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }

  getItem(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.sheetOrThrow(name));
  }

  /** The first (last) sheet, or visible sheet; ItemNotFound when there is none. */
  getFirst(visibleOnly = false): SheetProxy {
    return new SheetProxy(this.ctx, () => this.end(visibleOnly, (list) => list[0]));
  }

  getLast(visibleOnly = false): SheetProxy {
    return new SheetProxy(this.ctx, () => this.end(visibleOnly, (list) => list[list.length - 1]));
  }

  private end(visibleOnly: boolean, pick: (list: FakeSheet[]) => FakeSheet | undefined): FakeSheet {
    const sheet = pick(this.ctx.book.sheets.filter((s) => !visibleOnly || s.visibility === "Visible"));
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "no worksheet");
    return sheet;
  }

  /** The returned proxy is the sheet this call added: using it after the add failed fails (never another sheet of that name). */
  add(name: string): SheetProxy {
    let added: FakeSheet | undefined;
    this.ctx.write({ op: "addSheet", sheet: name }, () => {
      checkSheetName(name);
      if (this.ctx.book.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists");
      added = this.ctx.book.addSheet(name);
    });
    return new SheetProxy(this.ctx, () => {
      if (!added || !this.ctx.book.sheets.includes(added)) throw new FakeOfficeError("InvalidObjectPath", `the sheet ${name} was not added`);
      return added;
    });
  }

  /** Properties of the items, also through a navigation property ("items/protection/protected"). */
  load(props: string | string[]): this {
    const paths = propList(props).map((p) => p.replace(/^items\//, "").split("/"));
    this.queueLoad(this.ctx, ["items"], () =>
      this.ctx.book.sheets.map((s) => {
        const item: Record<string, unknown> = {};
        for (const path of paths) {
          let from = s as unknown as Record<string, unknown>;
          let to = item;
          for (const key of path.slice(0, -1)) {
            from = from[key] as Record<string, unknown>;
            to = (to[key] ??= {}) as Record<string, unknown>;
          }
          to[path[path.length - 1]] = from[path[path.length - 1]];
        }
        return item;
      }),
    );
    return this;
  }

  get items(): { name: string; visibility: string; protection: { protected: boolean } }[] {
    return this.prop("items");
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  private readonly ctx: FakeContext;
  readonly application: { suspendApiCalculationUntilNextSync: () => void; calculate: (type: string) => void };

  constructor(ctx: FakeContext) {
    this.ctx = ctx;
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = {
      /** Until the end of this sync, cell writes leave the book's calculation pending (see FakeBook.calculationPending). */
      suspendApiCalculationUntilNextSync: () => ctx.write({ op: "suspendCalculation" }, () => (ctx.calculationSuspended = true)),
      calculate: (type: string) =>
        ctx.write({ op: "calculate", value: type }, () => {
          checkEnum("calculationType", type);
          ctx.book.calculationPending = false;
        }),
    };
  }

  /** The selected range; fails at sync when an object (chart, shape) or several areas are selected, as Office.js does. */
  getSelectedRange(): RangeProxy {
    const ctx = this.ctx;
    let memo: { sheet: FakeSheet; ref: RangeRef } | undefined;
    return new RangeProxy(ctx, () => {
      if (memo) return memo;
      const book = ctx.book;
      if (book.objectSelected) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      const sel = book.selection ?? { sheet: book.active ?? book.sheets.find((s) => s.visibility === "Visible")?.name ?? "", address: "A1" };
      if (sel.address.includes(",")) throw new FakeOfficeError("InvalidSelection", "multiple ranges selected");
      return (memo = { sheet: ctx.sheetOrThrow(sel.sheet), ref: parse(sel.address) });
    });
  }
}

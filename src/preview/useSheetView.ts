import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toA1, type Grid, type RangeRef } from "../core/grid";
import { verbatim, type Text } from "../core/i18n";
import { XlsxWorkbookError } from "../xlsx/errors";
import { isFormulaCell, typedEdit } from "./grid/edit";
import { withLiveFigures } from "./grid/live";
import { step, type Direction } from "./grid/navigate";
import { buildSheetModel, pageOfRow, type SheetModel } from "./grid/model";
import { msg } from "./messages";
import type { PreviewSession } from "./session";

export interface Selection {
  sheet: string;
  range: RangeRef;
  /** A new object for every select: the grid scrolls to it once. */
  seq: number;
}

export interface SheetViewState {
  sheets: string[];
  active: string | null;
  model: SheetModel | null;
  selection: Selection | null;
  /** Show another sheet (as clicking its tab in Excel does: it becomes the active sheet). */
  show(sheet: string): void;
  setPage(page: number): void;
  /** Select a cell or merged area through the port (the task pane sees it as the selection). */
  select(range: RangeRef): void;
  /** Move the selection as an arrow key does (from the page's first cell when nothing is selected here). */
  move(direction: Direction): void;
  /** Why the cell (top-left of the range) cannot be typed into here (it holds a formula), or null. */
  locked(range: RangeRef): Text | null;
  /** Write a text typed into the cell (top-left of the range) through the port; a message when it was not written, else null. */
  edit(range: RangeRef, text: string): Promise<Text | null>;
}

let selectSeq = 0;

/**
 * What the grid shows of the session's workbook, kept current: the port reports
 * every change (cells, marks, new sheets, selections) and the active sheet is
 * read again. A selection switches to its sheet and to the page holding it.
 */
export function useSheetView(session: PreviewSession): SheetViewState {
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [version, setVersion] = useState(0);
  const [page, setPage] = useState(0);
  const [selection, setSelection] = useState<Selection | null>(null);

  useEffect(() => {
    let live = true;
    setSelection(null);
    setGrid(null);
    setPage(0);
    void (async () => {
      const names = await session.xlsx.sheets();
      const first = await session.firstSheet();
      if (!live) return;
      setSheets(names);
      setActive(first);
    })();
    const unsubscribe = session.subscribe((change) => {
      if (change.type === "sheetAdded") {
        void session.xlsx.sheets().then((names) => live && setSheets(names));
        if (change.activate) {
          setActive(change.sheet);
          setPage(0);
        }
      } else if (change.type === "sheetRemoved") {
        void session.xlsx.sheets().then((names) => {
          if (!live) return;
          setSheets(names);
          setActive((a) => (a !== null && names.includes(a) ? a : names[0] ?? null));
        });
      } else if (change.type === "selected") {
        setActive(change.sheet);
        setSelection({ sheet: change.sheet, range: change.range, seq: ++selectSeq });
      }
      setVersion((v) => v + 1);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [session]);

  useEffect(() => {
    let live = true;
    if (active === null) {
      setGrid(null);
      return;
    }
    void session.xlsx.readGrid(active).then((g) => live && setGrid(g));
    return () => {
      live = false;
    };
  }, [session, active, version]);

  const model = useMemo(
    () => {
      if (!grid) return null;
      const shown = withLiveFigures(grid, session.sheetSource(grid.sheet), (sheet, row, col) => session.cellValue(sheet, row, col), session.xlsx.locale);
      return buildSheetModel(shown.grid, shown.source, page);
    },
    // version: the workbook is changed in place; the sheet's part and styles are read when the model is built
    [grid, page, session, version],
  );

  // A new selection, once its sheet is read: go to the page that holds it (later re-reads keep the page).
  const paged = useRef(0);
  useEffect(() => {
    if (!selection || !model || model.sheet !== selection.sheet || paged.current === selection.seq) return;
    paged.current = selection.seq;
    setPage(pageOfRow(model.allRows, selection.range.top));
  }, [selection, model]);

  const show = useCallback(
    (sheet: string) => {
      session.showSheet(sheet);
      setActive(sheet);
      setPage(0);
    },
    [session],
  );

  const select = useCallback(
    (range: RangeRef) => {
      if (active !== null) void session.port.select(active, range);
    },
    [session, active],
  );

  const move = useCallback(
    (direction: Direction) => {
      if (!grid || !model || model.rows.length === 0 || model.columns.length === 0) return;
      const here = selection?.sheet === grid.sheet ? selection.range : null;
      const first = { row: model.rows[0].row, col: model.columns[0].col };
      const to = here
        ? step(grid, model.allRows, model.columns.map((c) => c.col), here, direction)
        : { top: first.row, left: first.col, bottom: first.row, right: first.col };
      void session.port.select(grid.sheet, to);
    },
    [session, grid, model, selection],
  );

  const locked = useCallback(
    (range: RangeRef): Text | null => (grid && isFormulaCell(grid, range.top, range.left) ? msg("ui.preview.formulaCell", { cell: toA1({ row: range.top, col: range.left }) }) : null),
    [grid],
  );

  const edit = useCallback(
    async (range: RangeRef, text: string): Promise<Text | null> => {
      if (!grid) return null;
      const cell = toA1({ row: range.top, col: range.left });
      const typed = typedEdit(grid, range.top, range.left, text);
      if (typed.kind === "formulaCell") return msg("ui.preview.formulaCell", { cell });
      if (typed.kind === "formulaTyped") return msg("ui.preview.formulaTyped");
      if (typed.kind === "same") return null;
      try {
        await session.port.applyEdits([typed.edit]);
        return null;
      } catch (e) {
        // a refusal of the adapter (a locked cell of a protected sheet) in the user's language; anything else as it came
        return e instanceof XlsxWorkbookError ? e.text : msg("ui.preview.editFailed", { cell, detail: verbatim(e instanceof Error ? e.message : String(e)) });
      }
    },
    [session, grid],
  );

  return { sheets, active, model, selection, show, setPage, select, move, locked, edit };
}

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { parseRangeA1, rangeToA1, type RangeRef } from "../../core/grid";
import { CellEditor } from "./CellEditor";
import type { ModelCell, SheetModel } from "./model";
import type { Direction } from "./navigate";

export interface SheetGridProps {
  model: SheetModel;
  /** The selection on this sheet (null when none or on another sheet). */
  selected: RangeRef | null;
  /** Changes for every new selection: the grid scrolls to it once. */
  scrollKey: number;
  label: string;
  helpId: string;
  onSelect(range: RangeRef): void;
  onMove(direction: Direction): void;
  /** The input's label for a cell being typed into ("A1"). */
  editLabel(a1: string): string;
  /** May the cell be typed into? (false: the page says why). */
  onStartEdit(range: RangeRef): boolean;
  /** Write the text typed into the cell; resolves false when it was not written (the input stays open). */
  onEdit(range: RangeRef, text: string): Promise<boolean>;
}

interface Editing {
  cell: ModelCell;
  initial: string;
}

const ROW_HEADER_PX = 44;

const KEYS: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

/** True when the cell is wholly inside the scroll area's visible part, below the sticky column headers and right of the row headers. */
function inView(td: HTMLElement, area: HTMLElement): boolean {
  const box = td.getBoundingClientRect();
  const view = area.getBoundingClientRect();
  const head = area.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  return box.top >= view.top + head && box.bottom <= view.bottom && box.left >= view.left + ROW_HEADER_PX && box.right <= view.right;
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * One page of a sheet as a table: column letters and row numbers as headers,
 * merged areas as row/column spans, each cell styled as in Excel. Cell text is
 * rendered as text, never as HTML. The scroll area is focusable: the arrow
 * keys move the selection, a click selects a cell; a double-click, Enter, F2
 * or a typed character opens an input over the selected cell (CellEditor).
 */
export function SheetGrid({ model, selected, scrollKey, label, helpId, onSelect, onMove, editLabel, onStartEdit, onEdit }: SheetGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);

  // Another sheet or page shown: nothing is being typed into any more.
  useEffect(() => setEditing(null), [model.sheet, model.page]);

  const cellAt = (range: RangeRef): ModelCell | undefined => {
    for (const r of model.rows) for (const c of r.cells) if (intersects(c.rect, { ...range, bottom: range.top, right: range.left })) return c;
    return undefined;
  };
  const startEdit = (cell: ModelCell | undefined, initial?: string) => {
    if (cell && onStartEdit(cell.rect)) setEditing({ cell, initial: initial ?? cell.text });
  };
  const stopEdit = (then: Direction | null) => {
    setEditing(null);
    scroller.current?.focus({ preventScroll: true });
    if (then) onMove(then);
  };
  const width = useMemo(() => ROW_HEADER_PX + model.columns.reduce((w, c) => w + c.widthPx, 0), [model.columns]);

  // Scroll the selected cell into view once per selection (and when its page is rendered); a cell
  // already in view stays where it is, so the second click of a double-click lands on the same cell.
  useEffect(() => {
    if (!selected) return;
    const td = scroller.current?.querySelector<HTMLElement>("td[data-selected]");
    if (td && !inView(td, scroller.current!)) td.scrollIntoView({ block: "center", inline: "nearest" });
  }, [scrollKey, model.page, model.sheet, selected]);

  const onClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const td = (e.target as HTMLElement).closest("td[data-range]");
    const range = td ? parseRangeA1(td.getAttribute("data-range") ?? "") : null;
    if (range) onSelect(range);
  };
  const onDoubleClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const a1 = (e.target as HTMLElement).closest("td[data-cell]")?.getAttribute("data-cell");
    startEdit(model.rows.flatMap((r) => r.cells).find((c) => c.a1 === a1));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.target !== e.currentTarget) return;
    const dir = KEYS[e.key];
    const typing = e.key === "Enter" || e.key === "F2" || (e.key.length === 1 && e.key !== " ");
    if (!dir && !(typing && selected)) return;
    e.preventDefault();
    if (dir) onMove(dir);
    else startEdit(selected ? cellAt(selected) : undefined, e.key.length === 1 ? e.key : undefined);
  };

  const isSelected = (cell: ModelCell) => selected !== null && intersects(cell.rect, selected);
  return (
    <div
      ref={scroller}
      className="rx-grid-scroll"
      role="region"
      tabIndex={0}
      aria-label={label}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
    >
      <table className="rx-sheet" style={{ width }}>
        <caption className="rx-vh">{label}</caption>
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {model.columns.map((c) => (
            <col key={c.col} style={{ width: c.widthPx }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="rx-corner" />
            {model.columns.map((c) => (
              <th key={c.col} scope="col" data-active={selected && selected.left <= c.col && c.col <= selected.right ? "" : undefined}>
                {c.letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onClick={onClick} onDoubleClick={onDoubleClick}>
          {model.rows.map((r) => (
            <tr key={r.row} style={{ height: r.heightPx }}>
              <th scope="row" data-active={selected && selected.top <= r.row && r.row <= selected.bottom ? "" : undefined}>
                {r.row + 1}
              </th>
              {r.cells.map((cell) => (
                <td
                  key={cell.a1}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  style={cell.css}
                  data-cell={cell.a1}
                  data-range={rangeToA1(cell.rect)}
                  data-selected={isSelected(cell) ? "" : undefined}
                  data-editing={editing?.cell.a1 === cell.a1 ? "" : undefined}
                >
                  <CellText cell={cell} />
                  {editing?.cell.a1 === cell.a1 && (
                    <CellEditor
                      initial={editing.initial}
                      label={editLabel(cell.a1)}
                      onCancel={() => stopEdit(null)}
                      onCommit={async (text, then) => {
                        if (text !== cell.text && !(await onEdit(cell.rect, text))) return false;
                        stopEdit(then);
                        return true;
                      }}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The text of a cell: running into empty neighbours, cut at a set row height, or plain. */
function CellText({ cell }: { cell: ModelCell }) {
  if (cell.spillPx !== undefined) {
    return (
      <span className="rx-spill" style={{ maxWidth: cell.spillPx }}>
        {cell.text}
      </span>
    );
  }
  if (cell.clipPx !== undefined && cell.text) {
    return (
      <div className="rx-clip" style={{ maxHeight: Math.max(cell.clipPx - 1, 0) }}>
        {cell.text}
      </div>
    );
  }
  return <>{cell.text}</>;
}

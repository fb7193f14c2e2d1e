import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from "react";
import { parseRangeA1, rangeToA1, type RangeRef } from "../../core/grid";
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
}

const ROW_HEADER_PX = 44;

const KEYS: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * One page of a sheet as a table: column letters and row numbers as headers,
 * merged areas as row/column spans, each cell styled as in Excel. Cell text is
 * rendered as text, never as HTML. The scroll area is focusable: the arrow
 * keys move the selection, a click selects a cell.
 */
export function SheetGrid({ model, selected, scrollKey, label, helpId, onSelect, onMove }: SheetGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const width = useMemo(() => ROW_HEADER_PX + model.columns.reduce((w, c) => w + c.widthPx, 0), [model.columns]);

  // Scroll the selected cell into view once per selection (and when its page is rendered).
  useEffect(() => {
    if (!selected) return;
    const td = scroller.current?.querySelector<HTMLElement>("td[data-selected]");
    td?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [scrollKey, model.page, model.sheet, selected]);

  const onClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const td = (e.target as HTMLElement).closest("td[data-range]");
    const range = td ? parseRangeA1(td.getAttribute("data-range") ?? "") : null;
    if (range) onSelect(range);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const dir = KEYS[e.key];
    if (!dir || e.altKey || e.ctrlKey || e.metaKey || e.target !== e.currentTarget) return;
    e.preventDefault();
    onMove(dir);
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
        <tbody onClick={onClick}>
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
                >
                  <CellText cell={cell} />
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

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Direction } from "./navigate";

export interface CellEditorProps {
  /** The text the input starts with (the cell's, or the key that started typing). */
  initial: string;
  label: string;
  /** Keep the text; `then` is where the selection goes afterwards (Enter: down, Tab: right, leaving the input: nowhere). Resolves false when it was not kept. */
  onCommit(text: string, then: Direction | null): Promise<boolean>;
  onCancel(): void;
}

/**
 * The input over a cell being typed into, as Excel's in-cell editing: Enter keeps the text and
 * moves down, Tab keeps it and moves right, Escape cancels, leaving the input keeps it.
 */
export function CellEditor({ initial, label, onCommit, onCancel }: CellEditorProps) {
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  /** Set once Enter, Tab or Escape decided: the blur that follows must not commit again. */
  const decided = useRef(false);

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const commit = async (then: Direction | null) => {
    decided.current = true;
    if (!(await onCommit(text, then))) {
      decided.current = false;
      if (then !== null) input.current?.focus(); // the text stays to be corrected (after a blur: where the user went)
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation(); // the grid's keys (arrows, typing) are the input's while it is open
    if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      void commit(e.key === "Enter" ? (e.shiftKey ? "up" : "down") : e.shiftKey ? "left" : "right");
    } else if (e.key === "Escape") {
      e.preventDefault();
      decided.current = true;
      onCancel();
    }
  };
  return (
    <input
      ref={input}
      className="rx-cell-editor"
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (!decided.current) void commit(null);
      }}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}

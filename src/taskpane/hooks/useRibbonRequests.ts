import { useEffect, useRef } from "react";
import { lastEvent, subscribe, type BusEvent } from "../../app/bus";
import type { Text } from "../../core/i18n";

export interface RibbonHandlers {
  /** The ribbon's "Validasi Rencana" was pressed: validate here and show the result. */
  onValidateRequested(): void;
  /** A ribbon command changed the workbook (inserted a template): read it again. */
  onWorkbookChanged(): void;
  /** A ribbon command failed: show its message. */
  onCommandFailed(message: Text): void;
}

/**
 * Events already acted on by this pane. The bus keeps its last event for a pane
 * that mounts later; remembering the event objects (not their types) makes a
 * remount (or React's development double mount) skip what was already shown,
 * while every new publish, even of the same type, is a new object.
 */
const handled = new WeakSet<BusEvent>();

/** Events a pane mounting later still acts on; the others are covered by its first reading. */
const REPLAYED: ReadonlySet<BusEvent["type"]> = new Set(["validateRequested", "commandFailed"]);

/**
 * The pane's side of the handshake with the ribbon commands (src/app/bus.ts):
 * - the ribbon's Validate publishes {type:"validateRequested"} and shows the pane; the pane
 *   validates every table (one read of the workbook) and switches to the Validasi tab;
 * - a pane already open hears it at once; a pane opened by that very click finds it in
 *   lastEvent() when it mounts (likewise a "commandFailed" message);
 * - "templateInserted" makes an open pane read the workbook again.
 */
export function useRibbonRequests(handlers: RibbonHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const act = (e: BusEvent) => {
      if (handled.has(e)) return;
      handled.add(e);
      if (e.type === "validateRequested") ref.current.onValidateRequested();
      else if (e.type === "commandFailed") ref.current.onCommandFailed(e.message);
      else ref.current.onWorkbookChanged();
    };
    const unsubscribe = subscribe(act);
    const last = lastEvent();
    if (last && REPLAYED.has(last.type)) act(last);
    else if (last) handled.add(last);
    return () => {
      unsubscribe();
    };
  }, []);
}

import { useEffect, useRef } from "react";
import { lastEvent, subscribe, type BusEvent } from "../../app/bus";

export interface RibbonHandlers {
  /** The ribbon's "Validasi Rencana" ran: show the validation (re-run it here). */
  onValidated(): void;
  /** The workbook was changed by a ribbon command: read it again. */
  onWorkbookChanged(): void;
}

/**
 * Events already acted on by this pane. The bus keeps its last event for a pane
 * that mounts later; remembering the event objects (not their types) makes a
 * remount (or React's development double mount) skip what was already shown,
 * while every new publish, even of the same type, is a new object.
 */
const handled = new WeakSet<BusEvent>();

/**
 * The pane's side of the handshake with the ribbon commands (src/app/bus.ts):
 * - the ribbon publishes {type:"validated"} after its validation ran, then shows the pane;
 * - a pane already open hears it at once; a pane opened by that very click finds it in
 *   lastEvent() when it mounts;
 * - "workbookChanged" and "templateInserted" make the pane read the workbook again
 *   (at mount the first reading covers them, so only "validated" is replayed).
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
      if (e.type === "validated") ref.current.onValidated();
      else ref.current.onWorkbookChanged();
    };
    const unsubscribe = subscribe(act);
    const last = lastEvent();
    if (last?.type === "validated") act(last);
    else if (last) handled.add(last);
    return () => {
      unsubscribe();
    };
  }, []);
}

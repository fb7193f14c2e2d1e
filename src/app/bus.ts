/**
 * A tiny event bus shared by the ribbon commands and the task pane. In Office's shared
 * runtime both bundles run in one page but are separate module graphs, so the bus lives
 * on globalThis under one key. Pure TypeScript: no Office, no React.
 */
import type { Text } from "../core/i18n/types";

export type BusEvent =
  /** The ribbon asks the pane to validate (replayed to a pane that opens later). */
  | { type: "validateRequested" }
  | { type: "templateInserted"; sheet: string }
  /** A ribbon command failed; the pane shows the message. */
  | { type: "commandFailed"; message: Text };

type Listener = (e: BusEvent) => void;

interface Bus {
  listeners: Set<Listener>;
  last: BusEvent | null;
}

const KEY = "__renaksiBus";

function bus(): Bus {
  const g = globalThis as unknown as Record<string, Bus | undefined>;
  let b = g[KEY];
  if (!b) {
    b = { listeners: new Set(), last: null };
    g[KEY] = b;
  }
  return b;
}

export function publish(e: BusEvent): void {
  const b = bus();
  b.last = e;
  for (const l of b.listeners) l(e);
}

/** Subscribe; returns the unsubscribe function. */
export function subscribe(l: Listener): () => void {
  const b = bus();
  b.listeners.add(l);
  return () => b.listeners.delete(l);
}

/** The last event published (e.g. a validation requested from the ribbon before the pane opened). */
export function lastEvent(): BusEvent | null {
  return bus().last;
}

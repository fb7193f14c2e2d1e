/**
 * Keeps the add-in's own writes from triggering its change handlers in a loop.
 *
 * Writes run inside guard.run(...). A worksheet onChanged handler wrapped with
 * guard.wrap(...) ignores every event that arrives while a write is under way
 * or within `graceMs` after the last one ended: Excel delivers change events
 * asynchronously, possibly after the write's sync has resolved. Events that say
 * they came from this add-in (triggerSource "ThisLocalAddin", ExcelApi 1.14)
 * are ignored at any time.
 */
export interface ChangeEventLike {
  triggerSource?: string;
}

export class WriteGuard {
  private depth = 0;
  private lastEnd = Number.NEGATIVE_INFINITY;
  private readonly graceMs: number;
  private readonly now: () => number;

  constructor(opts: { graceMs?: number; now?: () => number } = {}) {
    this.graceMs = opts.graceMs ?? 1000;
    this.now = opts.now ?? (() => Date.now());
  }

  /** True while one of our writes is running or just ended. */
  get active(): boolean {
    return this.depth > 0 || this.now() - this.lastEnd < this.graceMs;
  }

  begin(): void {
    this.depth++;
  }

  end(): void {
    if (this.depth > 0) this.depth--;
    this.lastEnd = this.now();
  }

  async run<T>(write: () => Promise<T>): Promise<T> {
    this.begin();
    try {
      return await write();
    } finally {
      this.end();
    }
  }

  /** Whether a change event was caused by us and must be ignored. */
  isOwn(event?: ChangeEventLike): boolean {
    return this.active || event?.triggerSource === "ThisLocalAddin";
  }

  /** A handler that only sees changes made by the user (or other add-ins). */
  wrap<E extends ChangeEventLike>(handler: (event: E) => unknown): (event: E) => Promise<void> {
    return async (event: E) => {
      if (this.isOwn(event)) return;
      await handler(event);
    };
  }
}

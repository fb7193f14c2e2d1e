/** Pieces shared by the fake's proxies: errors, loaded properties, sizes. */
import type { FakeContext } from "./context";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** JSON size in UTF-8 bytes, as the payload travels (an "é" is 2 bytes, a "€" 3, an emoji 4). */
export const jsonLength = (v: unknown): number => (v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v) ?? "", "utf8"));

/** Loaded-property bookkeeping shared by the proxies. */
export class Loadable {
  protected loaded: Record<string, unknown> | undefined;

  protected prop<T>(name: string): T {
    if (!this.loaded || !(name in this.loaded)) {
      throw new FakeOfficeError("PropertyNotLoaded", `'${name}' is not available. Call load and context.sync() first.`);
    }
    return this.loaded[name] as T;
  }

  protected queueLoad(ctx: FakeContext, names: string[], read: (name: string) => unknown, isNull = () => false, sheet?: () => string | undefined): void {
    ctx.enqueue({
      requestBytes: 100 + names.join(",").length,
      run: () => {
        ctx.check("load", sheet);
        const nul = isNull();
        const snapshot: Record<string, unknown> = { isNullObject: nul };
        if (!nul) for (const n of names) snapshot[n] = read(n);
        return { response: snapshot, publish: () => (this.loaded = { ...(this.loaded ?? {}), ...snapshot }) };
      },
    });
  }

  get isNullObject(): boolean {
    return this.prop<boolean>("isNullObject");
  }
}

export function propList(props: string | string[]): string[] {
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}


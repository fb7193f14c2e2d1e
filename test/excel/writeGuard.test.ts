import { WriteGuard } from "../../src/excel";
import { FakeBook, fakeWorkbook } from "./fake";

describe("WriteGuard", () => {
  test("ignores change events during our writes and for a grace period after them", async () => {
    let now = 1000;
    const guard = new WriteGuard({ graceMs: 500, now: () => now });
    const seen: string[] = [];
    const handler = guard.wrap((e: { address: string; triggerSource?: string }) => {
      seen.push(e.address);
    });
    await handler({ address: "A1" }); // the user's own change
    await guard.run(async () => {
      await handler({ address: "B2" }); // fired while we write
    });
    now += 499;
    await handler({ address: "C3" }); // delivered late, still ours
    now += 2;
    await handler({ address: "D4" }); // the user again
    await handler({ address: "E5", triggerSource: "ThisLocalAddin" }); // Excel says it was us
    expect(seen).toEqual(["A1", "D4"]);
  });

  test("a handler that writes does not call itself in a loop", async () => {
    const book = new FakeBook();
    book.addSheet("Plan");
    const { wb } = fakeWorkbook(book);
    let calls = 0;
    // A handler that re-validates and marks cells on every change: its own writes must not re-trigger it.
    const onChanged = wb.guard.wrap(async () => {
      calls++;
      if (calls > 5) throw new Error("loop");
      await wb.applyEdits([{ sheet: "Plan", row: 0, col: 0, value: calls, previous: { value: null, format: "General" } }]);
      await onChanged({}); // Excel reports our write as a change
    });
    await onChanged({});
    expect(calls).toBe(1);
    expect(wb.guard.active).toBe(true); // still within the grace period
  });

  test("a write that fails still releases the guard", async () => {
    let now = 0;
    const guard = new WriteGuard({ graceMs: 10, now: () => now });
    await expect(guard.run(async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    now = 100;
    expect(guard.active).toBe(false);
  });
});

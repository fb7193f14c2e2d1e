/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeBookOf } from "../../bench/syncs";
import { syntheticPlan } from "../../bench/synthetic";
import { DESKTOP_SYNC_BUDGET } from "../../src/excel";
import { fakeWorkbook, type FakeContext } from "../excel/fake";
import { renderApp } from "./support";

/**
 * The task pane's whole actions over the fake Office.js (an ExcelWorkbook, desktop budget):
 * every context.sync() from the click to the result, and whatever the pane does after it
 * (a reading again, an undo check), at most 3 each (BENCHMARKS.md "Whole user actions").
 */

const syncsOf = (contexts: readonly FakeContext[]) => contexts.reduce((n, c) => n + c.syncCount, 0);

/** Let the pane finish what it started (effects, reads) until no sync happens for a while. */
async function settle(contexts: readonly FakeContext[]): Promise<void> {
  for (;;) {
    const before = syncsOf(contexts);
    await act(() => new Promise((r) => setTimeout(r, 150)));
    if (syncsOf(contexts) === before) return;
  }
}

/** The syncs `action` and its aftermath cost. */
async function counted(contexts: readonly FakeContext[], action: () => Promise<void>): Promise<number> {
  await settle(contexts);
  const before = syncsOf(contexts);
  await action();
  await settle(contexts);
  return syncsOf(contexts) - before;
}

async function paneOverFake() {
  const plan = syntheticPlan({ rows: 100, seed: 8, quarters: "empty" });
  const { wb, contexts } = fakeWorkbook(fakeBookOf(plan), { limitBytes: Infinity }, { syncBudget: DESKTOP_SYNC_BUDGET });
  renderApp(wb);
  await screen.findByText(/Sub Kegiatan$/);
  fireEvent.click(screen.getByRole("tab", { name: "Isi Triwulan" }));
  const panel = screen.getByRole("tabpanel", { name: "Isi Triwulan" });
  await settle(contexts);
  return { contexts, panel };
}

const disabled = (b: HTMLElement) => b.hasAttribute("disabled") || b.getAttribute("aria-disabled") === "true";

describe("task pane: context.sync() calls per action (fake Office.js, desktop)", () => {
  test("Terapkan without a preview, then Batalkan: at most 3 each; the undo button follows the results", async () => {
    const { contexts, panel } = await paneOverFake();
    const undo = within(panel).getByRole("button", { name: "Batalkan pengisian" });
    expect(disabled(undo)).toBe(true);

    const fill = await counted(contexts, async () => {
      await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Terapkan" })));
      await within(panel).findByText(/^\d+ sel diisi\./);
    });
    expect(fill).toBe(3); // applyFill: read, plan, write (was 9 without a preview, 7 with one)
    expect(disabled(undo)).toBe(false);

    const undone = await counted(contexts, async () => {
      await act(async () => fireEvent.click(undo));
      await within(panel).findByText(/^Pengisian dibatalkan/);
    });
    expect(undone).toBe(3); // undoFill (was 6: the reading again and canUndoFill after it)
    expect(disabled(undo)).toBe(true);
  }, 60_000);

  test("Terapkan with a preview shown: at most 3; the Overview reads the changed workbook when shown", async () => {
    const { contexts, panel } = await paneOverFake();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Pratinjau" })));
    await within(panel).findByRole("region", { name: "Pratinjau pengisian" });

    const fill = await counted(contexts, async () => {
      await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Terapkan" })));
      await within(panel).findByText(/^\d+ sel diisi\./);
    });
    expect(fill).toBe(3); // applyFill only (was 7: the reading again and canUndoFill after it)
    await waitFor(() => expect(disabled(within(panel).getByRole("button", { name: "Batalkan pengisian" }))).toBe(false));

    // Not read again while the Overview is hidden; read once it is shown.
    const reread = await counted(contexts, async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Rencana" }));
    });
    expect(reread).toBeGreaterThan(0);
    expect(reread).toBeLessThanOrEqual(2);
  }, 60_000);
});

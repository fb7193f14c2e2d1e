/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { previewFill } from "../../src/app/fill";
import { DEFAULT_FILL_OPTIONS } from "../../src/core/fill";
import { SMALL_PLAN as PLAN, renderApp, sourceWorkbook } from "./support";
import { excelFrom, xlsxFrom } from "../support/xlsx";

/** Open the Isi Triwulan tab and wait for its view (a chunk of its own) to arrive. */
async function openFill() {
  fireEvent.click(await screen.findByRole("tab", { name: "Isi Triwulan" }));
  const panel = screen.getByRole("tabpanel", { name: "Isi Triwulan" });
  await within(panel).findByRole("heading");
  return panel;
}

const cell = async (wb: Awaited<ReturnType<typeof sourceWorkbook>>, a1: string) => {
  const grid = await wb.readGrid("Renaksi 2025");
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return grid.values[Number(m[2]) - 1 - grid.origin.row]?.[m[1].charCodeAt(0) - 65 - grid.origin.col] ?? null;
};

describe("Isi Triwulan", () => {
  test("preview, apply and undo: empty quarter cells are filled, then given back", async () => {
    const wb = await sourceWorkbook(PLAN);
    renderApp(wb);
    expect(await screen.findByText("2 Sub Kegiatan")).toBeTruthy();
    const panel = await openFill();
    const undo = within(panel).getByRole("button", { name: "Batalkan pengisian" });
    expect(undo.hasAttribute("disabled") || undo.getAttribute("aria-disabled") === "true").toBe(true);

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Pratinjau" })));
    const preview = await within(panel).findByRole("region", { name: "Pratinjau pengisian" });
    expect(within(preview).getByText("11 sel pada 3 baris akan diisi.")).toBeTruthy();
    expect(await cell(wb, "G8")).toBeNull(); // a preview writes nothing

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Terapkan" })));
    expect(await within(panel).findByText(/^11 sel diisi\./)).toBeTruthy();
    expect(await cell(wb, "G8")).toBe(0.25);
    expect(await cell(wb, "J9")).toBe(1);
    expect(await cell(wb, "G10")).toBe(0.1); // typed by the user: kept
    expect(await cell(wb, "H10")).toBe(0.5);

    const undoNow = within(panel).getByRole("button", { name: "Batalkan pengisian" });
    await waitFor(() => expect(undoNow.hasAttribute("disabled")).toBe(false));
    await act(async () => fireEvent.click(undoNow));
    expect(await within(panel).findByText(/^Pengisian dibatalkan/)).toBeTruthy();
    expect(await cell(wb, "G8")).toBeNull();
    expect(await cell(wb, "J9")).toBeNull();
    expect(await cell(wb, "H10")).toBeNull();
    expect(await cell(wb, "G10")).toBe(0.1);
  });

  test("a quarter cell holding a formula is left alone, and the preview and the result say so", async () => {
    const book = await excelFrom(await sourceWorkbook(PLAN));
    book.getWorksheet("Renaksi 2025")!.getCell("G8").value = { formula: "G7*0.8", result: 0.2 };
    const wb = await xlsxFrom(book);
    renderApp(wb);
    const panel = await openFill();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Pratinjau" })));
    const preview = await within(panel).findByRole("region", { name: "Pratinjau pengisian" });
    expect(within(preview).getByText(/^Sel triwulan berisi rumus yang dibiarkan: 1\./)).toBeTruthy();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Terapkan" })));
    expect(await within(panel).findByText(/^\d+ sel diisi\..* Sel triwulan berisi rumus yang dibiarkan: 1\./)).toBeTruthy();
    expect((await excelFrom(wb)).getWorksheet("Renaksi 2025")!.getCell("G8").value).toEqual({ formula: "G7*0.8", result: 0.2 });
    expect(await cell(wb, "H8")).toBe(0.5);
  });

  test("with overwrite on, the number of filled cells to replace is confirmed first", async () => {
    const wb = await sourceWorkbook(PLAN);
    const expected = await previewFill(wb, { ...DEFAULT_FILL_OPTIONS, overwrite: true });
    const n = expected.preview.overwriteCount;
    expect(n).toBeGreaterThan(0);
    const apply = jest.spyOn(wb, "applyEdits");
    renderApp(wb);
    const panel = await openFill();
    fireEvent.click(within(panel).getByRole("switch", { name: "Timpa sel yang sudah berisi" }));
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Terapkan" })));
    let dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(new RegExp(`^${n} sel triwulan yang sudah berisi akan diganti`))).toBeTruthy();
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Batal" })));
    expect(apply).not.toHaveBeenCalled();
    expect(await cell(wb, "G10")).toBe(0.1);

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Terapkan" })));
    dialog = await screen.findByRole("alertdialog");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: `Timpa ${n} sel` })));
    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    expect(await cell(wb, "G10")).toBe(0.25); // the typed 10% is replaced, as confirmed
    expect(await cell(wb, "G8")).toBe(0.25);
  });

  test("scope: the rows of the current Excel selection, or a clear message when there is none", async () => {
    const wb = await sourceWorkbook(PLAN);
    renderApp(wb);
    const panel = await openFill();
    fireEvent.click(within(panel).getByRole("radio", { name: "Baris yang dipilih di Excel" }));
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Pratinjau" })));
    expect(await within(panel).findByText(/^Tidak ada pilihan di Excel/)).toBeTruthy();

    await wb.select("Renaksi 2025", { top: 7, bottom: 7, left: 2, right: 5 }); // row 8 only
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Pratinjau" })));
    const preview = await within(panel).findByRole("region", { name: "Pratinjau pengisian" });
    expect(within(preview).getByText("4 sel pada 1 baris akan diisi.")).toBeTruthy();
  });
});

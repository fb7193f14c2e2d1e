/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { publish } from "../../src/app/bus";
import { renderApp, seedWorkbook, sourceWorkbook } from "./support";

// One file for the bus: its last event lives on globalThis for the whole file.
describe("ribbon handshake (src/app/bus.ts)", () => {
  test("a validation the ribbon published before the pane mounted is shown on the Validasi tab", async () => {
    publish({ type: "validateRequested" });
    const wb = await seedWorkbook();
    const read = jest.spyOn(wb, "readGrid");
    const { unmount } = renderApp(wb);
    const tab = await screen.findByRole("tab", { name: "Validasi" });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    const panel = screen.getByRole("tabpanel", { name: "Validasi" });
    expect(await within(panel).findByText("Belum siap ditetapkan")).toBeTruthy();
    expect(read).toHaveBeenCalled();
    unmount();

    // Mounted again (the pane reopened): the same request is not replayed.
    renderApp(await seedWorkbook());
    await screen.findByText("3 Sasaran");
    expect(screen.getByRole("tab", { name: "Rencana" }).getAttribute("aria-selected")).toBe("true");
  });

  test("a validation published while the pane is open re-runs it and switches to Validasi", async () => {
    renderApp(await seedWorkbook());
    await screen.findByText("3 Sasaran");
    expect(screen.queryByText("Belum siap ditetapkan")).toBeNull();
    await act(async () => publish({ type: "validateRequested" }));
    expect(screen.getByRole("tab", { name: "Validasi" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByText("Belum siap ditetapkan")).toBeTruthy();
  });

  test("templateInserted makes the pane read the workbook again", async () => {
    const wb = await sourceWorkbook("#sheet Kosong\ncatatan\n");
    renderApp(wb);
    expect(await screen.findByText("Tabel Rencana Aksi tidak ditemukan")).toBeTruthy();
    const seed = await seedWorkbook();
    // The ribbon changed the workbook: here, the same object now reads the seed's sheets.
    jest.spyOn(wb, "sheets").mockImplementation(() => seed.sheets());
    jest.spyOn(wb, "readGrid").mockImplementation((s) => seed.readGrid(s));
    await act(async () => publish({ type: "templateInserted", sheet: "Rencana Aksi 2023" }));
    expect(await screen.findByText("3 Sasaran")).toBeTruthy();
  });

  test("a ribbon command's failure is shown in the pane, also when the pane opens because of it", async () => {
    publish({ type: "commandFailed", message: { id: "Lembar diproteksi.", en: "The sheet is protected." } });
    renderApp((await seedWorkbook()), "en");
    expect(await screen.findByText("The sheet is protected.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss message" }));
    expect(screen.queryByText("The sheet is protected.")).toBeNull();
  });
});

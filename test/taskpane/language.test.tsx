/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { renderApp, seedWorkbook } from "./support";

describe("language", () => {
  test("Indonesian by default; the switch turns the labels to English", async () => {
    renderApp(await seedWorkbook());
    expect(await screen.findByText("3 Sasaran")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Isi Triwulan" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Tabel Rencana Aksi" })).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "Bahasa antarmuka" }), { target: { value: "en" } });
    expect(screen.getByRole("tab", { name: "Fill quarters" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Validate" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Action plan tables" })).toBeTruthy();
    expect(screen.getByText("46 indicators")).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Isi Triwulan" })).toBeNull();
    expect(screen.getByRole("combobox", { name: "Interface language" })).toBeTruthy();
  });

  test("English from the start when Office speaks English; the header has one h1 and the preview badge", async () => {
    renderApp((await seedWorkbook()), "en", { preview: true });
    expect(await screen.findByRole("heading", { level: 1, name: "Renaksi" })).toBeTruthy();
    expect(screen.getByText("Browser preview")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Decree" })).toBeTruthy();
  });
});

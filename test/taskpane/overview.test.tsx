/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { renderApp, seedWorkbook, sourceWorkbook } from "./support";

describe("Rencana (overview)", () => {
  test("shows the seed's table: sheet, range, year, office and the counts per level", async () => {
    renderApp(await seedWorkbook());
    const card = await screen.findByRole("region", { name: "Lampiran I" });
    const c = within(card);
    expect(c.getByText("3 Sasaran")).toBeTruthy();
    expect(c.getByText("5 Program")).toBeTruthy();
    expect(c.getByText("12 Kegiatan")).toBeTruthy();
    expect(c.getByText("32 Sub Kegiatan")).toBeTruthy();
    expect(c.getByText("A9:O61")).toBeTruthy();
    expect(c.getByText("2022")).toBeTruthy();
    expect(c.getByText("DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK")).toBeTruthy();
  });

  test("the outline tree holds Sasaran, their Program and Kegiatan with numbering and names", async () => {
    renderApp(await seedWorkbook());
    const tree = await screen.findByRole("tree");
    const roots = within(tree).getAllByRole("treeitem", { name: /^Sasaran \d/ });
    expect(roots.length).toBe(3);
    expect(roots[0].textContent).toContain("Sasaran 1 Meningkatnya kepuasan masyarakat");
    expect(within(tree).getByRole("treeitem", { name: /^A\. Perencanaan, Penganggaran/ })).toBeTruthy();
  });

  test("choosing a node selects its row of the table in Excel", async () => {
    const wb = await seedWorkbook();
    const select = jest.spyOn(wb, "select");
    renderApp(wb);
    const tree = await screen.findByRole("tree");
    const kegiatan = within(tree).getByRole("treeitem", { name: /^A\. Perencanaan, Penganggaran/ });
    await act(async () => fireEvent.click(kegiatan));
    // Row 11 (0-based 10) of the sheet, across the table's columns A..O.
    expect(select).toHaveBeenLastCalledWith("Lampiran I", { top: 10, bottom: 10, left: 0, right: 14 });

    const program = within(tree).getAllByRole("treeitem", { name: /^1\. Program Penunjang/ })[0];
    expect(program.getAttribute("aria-expanded")).toBe("true");
    await act(async () => fireEvent.keyDown(program, { key: "Enter" }));
    expect(select).toHaveBeenCalledTimes(2);
    expect(program.getAttribute("aria-expanded")).toBe("true"); // Enter selects; it does not collapse
  });

  test("a workbook without a table says so and what was looked for", async () => {
    renderApp(await sourceWorkbook("#sheet Catatan\nDaftar belanja\tjumlah\nkertas\t3\n"));
    expect(await screen.findByText("Tabel Rencana Aksi tidak ditemukan")).toBeTruthy();
    expect(screen.getByText(/dicari di setiap lembar baris judul kolom dengan Sasaran/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sisipkan templat kosong" })).toBeTruthy();
  });
});

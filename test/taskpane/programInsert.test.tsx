/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { GridView } from "../../src/core/grid";
import { renderApp, seedWorkbook, sourceWorkbook } from "./support";

const CLEAN = fs.readFileSync(path.join(__dirname, "..", "fixtures", "src", "rules-clean-cumulative.tsv"), "utf8");
const SHEET = "Renaksi 2024";

/** The Program (C) and Uraian (E) cells of the four rows below the table's last row (row 25). */
async function below(wb: Awaited<ReturnType<typeof sourceWorkbook>>): Promise<unknown[]> {
  const view = new GridView(await wb.readGrid(SHEET));
  return [view.rawValue(25, 2), ...[26, 27, 28].map((r) => view.rawValue(r, 4))];
}

describe("Rencana: an official programme inserted below a plan's table", () => {
  test("picking a programme of the year's list writes its rows below the table; Undo takes them back", async () => {
    const wb = await sourceWorkbook(CLEAN);
    renderApp(wb);
    const card = await screen.findByRole("region", { name: SHEET });
    const c = within(card);
    const picker = await c.findByRole("combobox", { name: /Program dari daftar resmi tahun 2024/ });
    const insert = c.getByRole("button", { name: "Sisipkan Program resmi" });
    expect(insert.hasAttribute("disabled")).toBe(true); // nothing chosen yet
    expect(within(picker).getByRole("option", { name: /^2\.17\.04 Program Penilaian Kesehatan/ })).toBeTruthy();
    await act(async () => fireEvent.change(picker, { target: { value: "2.17.04" } }));
    await act(async () => fireEvent.click(insert));

    expect(await c.findByText(/4 baris ditulis di Renaksi 2024!A26:P29\. Urungkan menghapusnya lagi\./)).toBeTruthy();
    expect(c.getByText(/tidak punya kolom Satuan/)).toBeTruthy();
    const written = await below(wb);
    expect(written[0]).toMatch(/^2\. Program Penilaian Kesehatan /);
    expect(written[1]).toMatch(/^A\. Penilaian Kesehatan Koperasi Simpan Pinjam/);
    expect(written[3]).toMatch(/^2\) Penilaian Kesehatan Koperasi Meliputi Tata Kelola/);
    // The pane read the workbook again: the outline shows the new programme.
    expect(await c.findByRole("treeitem", { name: /^2\. Program Penilaian Kesehatan/ })).toBeTruthy();

    await act(async () => fireEvent.click(c.getByRole("button", { name: "Urungkan" })));
    expect(await c.findByText(/Baris program yang disisipkan dihapus lagi: \d+ sel dikembalikan/)).toBeTruthy();
    expect(await below(wb)).toEqual([null, null, null, null]);
    expect(c.queryByRole("treeitem", { name: /^2\. Program Penilaian Kesehatan/ })).toBeNull();
  });

  test("a programme the table already has is refused with the reason, nothing written", async () => {
    const wb = await sourceWorkbook(CLEAN);
    renderApp(wb);
    const card = await screen.findByRole("region", { name: SHEET });
    const picker = await within(card).findByRole("combobox", { name: /Program dari daftar resmi/ });
    await act(async () => fireEvent.change(picker, { target: { value: "2.15.02" } }));
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: "Sisipkan Program resmi" })));
    expect(await within(card).findByText(/Tabel sudah memuat Program Penyelenggaraan Lalu Lintas/)).toBeTruthy();
    expect(await below(wb)).toEqual([null, null, null, null]);
  });

  test("a plan of a year no official list governs shows no picker", async () => {
    renderApp(await seedWorkbook());
    const card = await screen.findByRole("region", { name: "Lampiran I" });
    expect(within(card).queryByRole("button", { name: "Sisipkan Program resmi" })).toBeNull();
  });
});

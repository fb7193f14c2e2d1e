/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultTemplateYear } from "../../src/app/template";
import { renderApp, seedWorkbook, sourceWorkbook } from "./support";

/** Open the Templat tab and wait for its view (a chunk of its own) to arrive. */
async function openTemplate() {
  fireEvent.click(await screen.findByRole("tab", { name: "Templat" }));
  const panel = screen.getByRole("tabpanel", { name: "Templat" });
  await within(panel).findByRole("textbox", { name: /Tahun rencana/ });
  return panel;
}

describe("Templat", () => {
  test("defaults from the plan (year + 1, office); inserting adds and activates a new sheet and names it", async () => {
    const wb = await seedWorkbook();
    const add = jest.spyOn(wb, "addSheet");
    renderApp(wb);
    await screen.findByText("3 Sasaran");
    const panel = await openTemplate();
    const year = within(panel).getByRole("textbox", { name: /Tahun rencana/ }) as HTMLInputElement;
    expect(year.value).toBe("2023");
    const office = within(panel).getByRole("textbox", { name: /Perangkat Daerah/ }) as HTMLInputElement;
    expect(office.value).toBe("DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK");
    fireEvent.click(within(panel).getByRole("radio", { name: /F4/ }));

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Sisipkan Templat" })));
    expect(await within(panel).findByText('Lembar "Rencana Aksi 2023" disisipkan dan diaktifkan.')).toBeTruthy();
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0][1]).toEqual({ activate: true });
    expect(add.mock.calls[0][0].pageSetup.paper).toBe("f4");
    expect(await wb.sheets()).toEqual(["Lampiran I", "Rencana Aksi 2023"]);

    // Again: the existing sheet is never replaced.
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Sisipkan Templat" })));
    expect(await within(panel).findByText('Lembar "Rencana Aksi 2023 (2)" disisipkan dan diaktifkan.')).toBeTruthy();
  });

  test("after inserting, the workbook is not read again until the Overview is shown, which then lists the new sheet", async () => {
    const wb = await seedWorkbook();
    renderApp(wb);
    expect(await screen.findByText("1 tabel ditemukan.")).toBeTruthy();
    const panel = await openTemplate();
    const read = jest.spyOn(wb, "readGrids");
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Sisipkan Templat" })));
    expect(await within(panel).findByText('Lembar "Rencana Aksi 2023" disisipkan dan diaktifkan.')).toBeTruthy();
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(read).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("tab", { name: "Rencana" }));
    const overview = screen.getByRole("tabpanel", { name: "Rencana" });
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    expect(await within(overview).findByText("2 tabel ditemukan.")).toBeTruthy();
  });

  test("without a plan the year is the coming plan year (as the ribbon's); a year that is not a year cannot be inserted", async () => {
    renderApp(await sourceWorkbook("#sheet Kosong\ncatatan\n"));
    await screen.findByText("Tabel Rencana Aksi tidak ditemukan");
    const panel = await openTemplate();
    const year = within(panel).getByRole("textbox", { name: /Tahun rencana/ }) as HTMLInputElement;
    expect(year.value).toBe(String(defaultTemplateYear()));
    // Read by parsePlanYear, as the CLI's --year: its message names what was typed.
    fireEvent.change(year, { target: { value: "20x5" } });
    expect(within(panel).getByText('Tahun tidak valid: "20x5". Isi tahun dengan empat angka (2000-2100).')).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Sisipkan Templat" }).hasAttribute("disabled")).toBe(true);
    fireEvent.change(year, { target: { value: "" } });
    expect(within(panel).getByText("Isi tahun dengan empat angka (2000-2100).")).toBeTruthy();
    fireEvent.change(year, { target: { value: " 2031 " } });
    expect(within(panel).getByRole("button", { name: "Sisipkan Templat" }).hasAttribute("disabled")).toBe(false);
  });

  test("a programme of the year's official list is prefilled with its official rows; a year no list governs says so", async () => {
    const wb = await seedWorkbook();
    const add = jest.spyOn(wb, "addSheet");
    renderApp(wb);
    await screen.findByText("3 Sasaran");
    const panel = await openTemplate();
    // The seed is of 2022: its next template (2023) has no official list in Renaksi.
    expect(await within(panel).findByText("Renaksi belum memuat daftar nomenklatur resmi untuk tahun 2023.")).toBeTruthy();
    fireEvent.change(within(panel).getByRole("textbox", { name: /Tahun rencana/ }), { target: { value: "2024" } });
    const select = (await within(panel).findByRole("combobox", { name: /Program dari daftar resmi/ })) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    fireEvent.change(select, { target: { value: "2.16.02" } });
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Sisipkan Templat" })));
    expect(await within(panel).findByText('Lembar "Rencana Aksi 2024" disisipkan dan diaktifkan.')).toBeTruthy();
    const texts = add.mock.calls[0][0].cells.map((c) => String(c.value));
    expect(texts).toContain("1. Program Pengelolaan Informasi dan Komunikasi Publik");
    expect(texts).toContain("A. Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota");
    expect(texts.some((t) => t.startsWith("Jumlah "))).toBe(true);
  });
});
